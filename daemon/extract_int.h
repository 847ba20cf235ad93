/*
 * extract_int.h - internal interface between the extractor's modules.
 *
 * Only daemon/extract*.c include this file.  The extractor is split by concern:
 *   extract_word.c     words around an offset: fixed word lists, determiners,
 *                      pronoun subjects, quotes, questions
 *   extract_mention.c  the one Aho-Corasick pass, overlap resolution, lookups
 *   extract_party.c    actor roles, speakers, attribution, actor/counterparty
 *   extract_status.c   status cues, conditionals, background years, later clauses
 *   extract_frame.c    frames, objects, deadlines, quantities, references back
 *   extract_merge.c    one entry per key
 *   extract.c          extract_text: sentences and clauses, statement assembly
 * docs/EXTRACTION.md describes the method.
 */
#ifndef TW_EXTRACT_INT_H
#define TW_EXTRACT_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "quantity.h"
#include "rules.h"
#include "when.h"

#define EX_MAX_WHEN 32
#define EX_MAX_QTY 32
#define EX_BODY_QTY 64      /* amounts of a whole text that ex_pledged_money reads */
#define EX_MAX_YEARLY 16    /* yearly amounts an article keeps (ex_note_yearly) */
#define EX_CUE_REACH 80     /* bytes a status cue may stand before its trigger */
#define EX_NEG_REACH 48     /* bytes a negation may stand before its trigger */
#define EX_SENTENCE_MAX 4096 /* bytes of a sentence; a longer one is cut (extract_text) */
#define EX_NOPOS ((size_t)-1)
#define EX_PAUSE_RATE_SENTS 40 /* sentences after a pause read for the rate it leaves (ex_pause_rate_next) */
#define EX_FIRST_SHIFT 5    /* ex_first's index: one entry per 32 bytes of text */

/* A speaker ("Trump said", "according to Xinhua") reports; it is the subject of a
 * commitment only when nothing else in its clause is ("China announced a suspension"). */
enum ex_role { ROLE_SUBJECT, ROLE_COUNTERPARTY, ROLE_LOCATION, ROLE_SPEAKER };

struct ex_mention {
	enum rule_kind kind;
	int value;
	size_t start, end;
	unsigned char past;
	unsigned char role;   /* actors: enum ex_role */
	unsigned char dual;   /* a trigger whose spelling is also a measure noun */
	int dual_measure;
	unsigned char member; /* objects: one kind of a category ("coffee"), see rules.h */
};

struct ex_mentions {
	struct ex_mention *v;
	size_t n, cap;
	int oom;
};

struct ex_span {
	size_t start, end;
};

/* A body with the noise of web pages taken out (extract_clean.c): text[0,len)
 * is what the extractor reads; each shift says that clean bytes
 * [clean_from, clean_to) stand for body bytes [body_from, body_to) (an entity
 * decoded, a link line dropped), in order. */
struct ex_shift {
	size_t clean_from, clean_to, body_from, body_to;
};
struct ex_clean {
	char *text;          /* NULL: the body needs no change */
	size_t len;
	struct ex_shift *shift;
	size_t n;
};

/* ex_clean - fill c with body[0,len) without HTML entities (decoded), odd and
 * invisible spaces, and lines linking to other stories; c->text stays NULL
 * when nothing changes.  0, or -1 on allocation failure. */
int ex_clean(const struct rules *r, const char *body, size_t len, struct ex_clean *c);
/* ex_clean_span - the body bytes [*bs, *be) that clean bytes [cs, ce) stand for. */
void ex_clean_span(const struct ex_clean *c, size_t cs, size_t ce, size_t *bs, size_t *be);
/* ex_clean_free - free c's copy and map. */
void ex_clean_free(struct ex_clean *c);

/* One statement: a key, with what the sentence says about it. */
struct ex_stmt {
	int actor, counterparty, action, object;
	int trigger;         /* trigger class of the frame, -1 for a bare noun */
	enum status status;
	int rank;            /* 1 = about now, 0 = background about the past, -1 = a duration only */
	size_t pos;          /* anchor offset: later wins among equals */
	size_t sent_start, sent_end;
	char deadline[11], expires[11];
	int effective;       /* the deadline is the date the measure takes effect */
	int dl_span;         /* the deadline is a span from publication ("within six weeks") */
	int dl_report;       /* the deadline is only the day of the report (ex_reported_done) */
	char force_day[11];  /* "on entry into force", "from day one": the article's day of entry
	                      * into force (ex_force_date), when no statement of the key gives one */
	char act_day[11];    /* the day told before a done verb ("China on Monday suspended",
	                      * ex_done_before): the deadline when no statement of the key gives one */
	struct quantity quantity;
	struct quantity progress;  /* the amount done so far, if the statement says */
	int qty_done;        /* quantity is what a past verb did ("bought about $96bn"): 1, a part: 2 */
	int qty_suspended;   /* a pause's quantity is the rate it suspends ("suspend the 24% tariff") */
	int qty_free;        /* quantity is only the zero of a duty-free quota whose volume the
	                      * sentence does not tell: another amount of the key beats it */
	double confidence;
	int attr_start, attr_len;  /* attribution name in the body, -1 if none */
	int guessed_cp;      /* the counterparty is only guessed from the article */
	int orphan;          /* EX_ORPHAN, EX_BACKGROUND or 0 */
	int later_step;      /* a further step of a cut ("to drop further, to 40%") */
	int carried;         /* the actor is carried from an earlier clause or sentence */
	int terms;           /* a pledge restated as a deal's terms ("Under the accord, X committed to"); 2 with a modal ("X would") */
	int reversed;        /* broken by a reversal told with "again": the latest news of its key */
	int linked;          /* a later state of a pledge told in a sentence of its own (ex_state_apply) */
	int lot;             /* under way as goods bought by the lot ("booked three cargoes", ex_lot_step) */
	int blanket;         /* status given by a whole-deal outcome (ex_blanket_apply) */
	int bare;            /* pledged only by default: no cue of its own ("The tariff cut is real") */
};
/* A past year's halt or failure with no pledge told: kept only beside another
 * statement of its key. */
#define EX_ORPHAN 1
/* A pledge told as history: kept only if a later clause of its sentence makes it
 * stalled or broken. */
#define EX_BACKGROUND 2
/* A pledge in an opening that dates the story from it ("A year after the EU agreed
 * to buy ..."): kept only with a status the main clause gives it. */
#define EX_FRAMING 3
/* A proposal its addressee turned down ("..., but Washington refused"): no commitment. */
#define EX_REFUSED 4

struct ex_stmts {
	struct ex_stmt *v;
	size_t n, cap;
};

struct ex_frame {
	size_t anchor, anchor_end;
	int trigger;         /* trigger class or -1 */
	int past;
	int measure;         /* measure kind or -1 */
	int measure_object;  /* object index when the measure is an object, -1 */
	int action;          /* index into rules->actions, or -1 */
	size_t measure_pos;  /* where a measure named before the verb stands, else EX_NOPOS */
	int listed;          /* a measure listed after the verb's own takes that verb */
	int deferred;        /* a buyer puts off deliveries ("defer 21 cargoes"): a purchase stalled */
	int pronoun;         /* its measure is the earlier verb's, named by a pronoun ("eliminate them") */
	int entry;           /* "enter Canada duty-free" (ex_free_entry): tariffs when it names no goods;
	                      * 2: a rate goods enter at (ex_rate_entry), the goods before it */
	int received;        /* "firms have received licences": the licensing is under way */
};

/* A whole-deal outcome ("halted purchases of US farm goods", "failed to meet the
 * target"): a status for every statement of actor covered by action and object
 * (-1: any; a category object covers its members). */
struct ex_blanket {
	int actor, action, object, status;
	int history;         /* told of an earlier year: covers only background */
	size_t pos;
	size_t only;         /* a sentence start: covers only that sentence's, or EX_NOPOS */
	size_t own;          /* one order's outcome: only its sentence's, always; or EX_NOPOS */
	size_t old_lo;       /* the old deal told in the sentence before: its statements from
	                      * here to pos are covered as if no history, or EX_NOPOS */
};
#define EX_MAX_BLANKETS 16
#define EX_MAX_GLOSS 16
/* An aside glossing a named measure, [lo, hi); owned: the measure is one
 * party's (rules.json "owner"). */
struct ex_gloss {
	size_t lo, hi;
	int owned;
};

struct ex_ctx {
	const struct rules *r;
	const char *text;
	size_t len;
	const char *published;
	int pub_year;
	struct ex_mentions m;       /* all mentions, by start */
	size_t *first_at;           /* [pos >> EX_FIRST_SHIFT]: ex_first of the block's start */
	size_t nfirst;              /* entries of first_at; 0 before the index is built */
	struct ex_stmts st;
	int *actor_weight;          /* per actor: mentions in the article */
	struct when_match when[EX_MAX_WHEN];
	char last_date[11];         /* the latest date read, for "from the same date"; "" */
	size_t last_date_end;       /* where the text last_date was read from ends */
	char force_date[11];        /* the day the article's agreement enters into force; "" */
	int force_read;             /* force_date has been looked for (ex_force_date) */
	int force_deal;             /* force_date is told of an agreement (ex_force_deal) */
	struct quantity_match qty[EX_MAX_QTY];
	int last_actor;             /* subject of the previous sentence, -1 */
	int last_pair[2];           /* its subject pair "A and B", -1 -1 */
	int last_reported;          /* ... told inside a speaker's reported clause */
	int side_actor;             /* the party whose side of a deal the story turned to, -1 */
	int side_after;             /* sentences read since that turn */
	int list_status;            /* status cue of the list the next items continue, -1 */
	int list_actor;             /* the party whose list they continue, -1 */
	int list_trigger;           /* the verb its opening gives bare items ("will suspend:"), -1 */
	char list_date[11];         /* the date its opening gives the items ("From today:"), "" */
	struct ex_blanket blank[EX_MAX_BLANKETS];
	size_t nblank;
	size_t prev_s;               /* start of the sentence before the one read, EX_NOPOS */
	size_t cur_s;                /* start of the sentence read */
	size_t cur_e;                /* its end */
	int blanket_looked;         /* blanket_buy and blanket_purchase are set */
	int blanket_buy;            /* the trigger class "buy", -1 */
	int blanket_purchase;       /* the action "purchase", -1 */
	uint32_t *lex;              /* [pos >> EX_FIRST_SHIFT]: EX_LEX_ bits of the words the
	                             * automaton saw starting in the block; NULL: unknown */
	size_t nlex;                /* entries of lex */
	struct quantity_match *body_qty;  /* the whole text's amounts (ex_pledged_money), NULL
	                             * until read */
	size_t body_nq;             /* entries of body_qty */
	struct quantity_match *all_qty;  /* all the text's amounts (ex_whole_amount), NULL
	                             * until read */
	size_t all_nq;              /* entries of all_qty */
	struct quantity_match yearly[EX_MAX_YEARLY];  /* yearly amounts of the sentences
	                             * read for statements (ex_note_yearly), text order */
	size_t nyearly;             /* entries of yearly */
	struct quantity_match year_told[EX_MAX_YEARLY];  /* yearly amounts of the sentences
	                             * holding a yearly word (ex_yearly_pledge), text order */
	size_t nyear_told;          /* entries of year_told */
	int year_read;              /* 1 once year_told is read */
	struct ex_gloss gloss[EX_MAX_GLOSS];  /* asides glossing a named measure
	                             * (ex_drop_measure_gloss), text order */
	size_t ngloss;              /* entries of gloss */
	size_t *sents;              /* start and end of each sentence ex_extract read, in
	                             * pairs by start (ex_sentence_after); NULL: none kept */
	size_t nsents, sents_cap;   /* pairs held; room */
	size_t sents_len;           /* the text's length their ends were found in */
};

/* A word of a fixed list with its length, so lookups need no strlen. */
/* EX_UNROLL - unroll the loop that follows over a constant word list (GCC).
 * Clang honours the same pragma but turns a list it cannot unroll into a
 * warning (-Wpass-failed), an error under -Werror at -O2: it gets none. */
#if defined(__clang__)
#define EX_UNROLL
#else
#define EX_UNROLL _Pragma("GCC unroll 64")
#endif

struct ex_word {
	const char *s;
	size_t n;
};

/* The parties of one frame. */
struct ex_parties {
	int actor, cp;
	int explicit_cp;  /* the counterparty is named by the frame's grammar */
	int carried;      /* the actor comes from an earlier clause or sentence */
	int carry_sure;   /* carried from the last party named as a subject, none between */
	int owner;        /* the actor owns the measure ("the tariff imposed by X") */
	int cp2;          /* a second beneficiary joined by "and" ("from Mexico and Canada"), -1 */
	int permits_export; /* "allow the UAE to import chips": the actor lets its goods out */
	int permits_import; /* "approved shipments of Argentine beef": the actor lets goods in */
	int dest_cp;        /* the counterparty is where a curbed flow goes, not the goods' origin */
};
#define EX_W(lit) {lit, sizeof(lit) - 1}
#define EX_NWORDS(a) (sizeof(a) / sizeof((a)[0]))

/*
 * The extractor's own fixed words that the rules' automaton also reports
 * (EX_LEXICON, extract_lexicon): a class bit each, set in ctx->lex for the
 * block where the word starts.  A test that walks a sentence looking for one
 * of these words asks ex_lex_in first and skips the walk (most sentences have
 * none).  The automaton reports every word-bounded spelling, ASCII case
 * ignored, so a sentence without the bit holds no such word.
 */
enum {
	EX_LEX_REVERSAL = 1,  /* ex_reversal_verb's verbs */
	EX_LEX_DEAL = 2,      /* ex_follow_quantity's instruments of a deal */
	EX_LEX_COMMENTATOR = 4, /* rules' commentators (ex_opinion) */
	EX_LEX_BLANKET = 8,   /* ex_blanket_words' words for a deal or one commitment */
	EX_LEX_SHOULD = 16,   /* "should" (ex_inverted_should) */
	EX_LEX_DEALNOUN = 32, /* ex_deal_head's deal nouns (ex_deal_outcome) */
	EX_LEX_DESCRIBE = 64, /* ex_described_intent's verbs and "commercial" */
	EX_LEX_SPAN = 128,    /* ex_trailing_framing's units of time */
	EX_LEX_RATE = 256,    /* ex_follow_rate's names of a rate */
	EX_LEX_STAY = 512,    /* ex_follow_rate's verbs of staying */
	EX_LEX_PENALTY = 1024, /* ex_cause_cut's penalty nouns */
	EX_LEX_HEADWAY = 2048, /* ex_progress_noun's nouns of headway */
	EX_LEX_SAME = 4096,   /* ex_same_move's "same" and "suit" */
	EX_LEX_FIRST = 8192,  /* ex_counted_first's "first"; ex_priced_in's verbs */
	EX_LEX_FALSE = 16384, /* ex_false_claim's verdicts (EX_FALSE_WORDS) */
	EX_LEX_SIDE = 32768,  /* ex_side_party's nouns (EX_SIDE_NOUNS, EX_SIDE_OWN) */
	EX_LEX_EFFECT = 65536, /* ex_effect_told's predicates of taking effect (EX_EFFECT_DONE) */
	EX_LEX_OVER = 131072, /* ex_over_flow's "over" (EX_OVER_WORD) */
	EX_LEX_LINKED = 262144, /* ex_over_flow's "linked", "tied", "related" (EX_LINKED_WORDS) */
	EX_LEX_BASELINE = 524288, /* ex_follow_baseline's "baseline" (EX_BASELINE_WORD) */
	EX_LEX_UNTIL = 1048576, /* ex_window_in's "until", "through" (EX_UNTIL_WORDS) */
	EX_LEX_NOT = 2097152 /* ex_uncovered_apply's first words (EX_UNCOVERED_WORDS) */
};
struct ex_lexlist {
	const struct ex_word *w;
	const size_t *n;
	uint32_t bit;
};
extern const struct ex_lexlist EX_LEXICON[];
extern const size_t EX_NLEXICON;
extern const struct ex_word EX_REVERSAL_BACK[], EX_REVERSAL_SNAP[], EX_REVERSAL_HALT[], EX_REVERSAL_RAISE[];
extern const size_t EX_NREVERSAL_BACK, EX_NREVERSAL_SNAP, EX_NREVERSAL_HALT, EX_NREVERSAL_RAISE;
extern const struct ex_word EX_FALSE_WORDS[];
extern const size_t EX_NFALSE_WORDS;
extern const struct ex_word EX_SIDE_NOUNS[], EX_SIDE_OWN[];
extern const size_t EX_NSIDE_NOUNS, EX_NSIDE_OWN;
extern const struct ex_word EX_EFFECT_DONE[];
extern const size_t EX_NEFFECT_DONE;
extern const struct ex_word EX_OVER_WORD[], EX_LINKED_WORDS[];
extern const size_t EX_NOVER_WORD, EX_NLINKED_WORDS;
extern const struct ex_word EX_BASELINE_WORD[];
extern const size_t EX_NBASELINE_WORD;
extern const struct ex_word EX_UNTIL_WORDS[];
extern const size_t EX_NUNTIL_WORDS;
extern const struct ex_word EX_UNCOVERED_WORDS[];
extern const size_t EX_NUNCOVERED_WORDS;
extern const struct ex_word EX_DEAL_WORDS[];
extern const size_t EX_NDEAL_WORDS;
extern const struct ex_word EX_DESCRIBE[], EX_SPAN_UNITS[], EX_RATE_NAMES[], EX_RATE_STAY[];
extern const size_t EX_NDESCRIBE, EX_NSPAN_UNITS, EX_NRATE_NAMES, EX_NRATE_STAY;
extern const struct ex_word EX_PLEDGE_NOUNS[];
extern const size_t EX_NPLEDGE_NOUNS;
extern const struct ex_word EX_SAME_WORDS[];
extern const size_t EX_NSAME_WORDS;
extern const struct ex_word EX_FIRST_WORDS[];
extern const size_t EX_NFIRST_WORDS;
extern const struct ex_word EX_BLANKET_DEAL[], EX_BLANKET_ONE[];
extern const size_t EX_NBLANKET_DEAL, EX_NBLANKET_ONE;
extern const struct ex_word EX_SHOULD[];
extern const size_t EX_NSHOULD;
extern const struct ex_word EX_DEAL_NOUNS[];
extern const size_t EX_NDEAL_NOUNS;
extern const struct ex_word EX_SET_NOUNS[];
extern const size_t EX_NSET_NOUNS;
extern const struct ex_word EX_PENALTY_NOUNS[], EX_HEADWAY_NOUNS[];
extern const size_t EX_NPENALTY_NOUNS, EX_NHEADWAY_NOUNS;
extern const struct ex_word EX_CAUSE_FLOW[];
extern const size_t EX_NCAUSE_FLOW;
#define EX_MAX_FRAMES 16
#define EX_MAX_OBJECTS 12

/* extract_word.c: words around an offset */
/* ex_lower - ASCII lower case of a byte (inline: it runs for nearly every byte
 * looked at; a table load, see quantity.h). */
static inline int
ex_lower(int c)
{
	return QUANTITY_LOWER[(unsigned char)c];
}

/* ex_ncasecmp - strncasecmp (the C locale's: ASCII case folded), inline: the
 * clause analysis compares short words and phrases at hundreds of places, and
 * nearly every comparison fails on its first byte, where a call to libc costs
 * more than the comparison. */
static inline int
ex_ncasecmp(const char *a, const char *b, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int ca = ex_lower((unsigned char)a[i]), cb = ex_lower((unsigned char)b[i]);

		if (ca != cb)
			return ca - cb;
		if (ca == 0)
			return 0;
	}
	return 0;
}

/* ex_on_hold - 1 if t[start,end) is the phrase "on hold": a verb of pausing
 * after "put" or "keep" (extract_frame.c), a stall otherwise. */
static inline int
ex_on_hold(const char *t, size_t start, size_t end)
{
	return end - start == 7 && ex_ncasecmp(t + start, "on hold", 7) == 0;
}

/* ex_split_particle - 1 if t[pos,hi) opens with "on hold" or "down to": the
 * particle of a verb split by its object ("bring its tariffs down to zero"),
 * whose object stands before it. */
static inline int
ex_split_particle(const char *t, size_t pos, size_t hi)
{
	return pos + 7 <= hi && (ex_ncasecmp(t + pos, "on hold", 7) == 0 || ex_ncasecmp(t + pos, "down to", 7) == 0);
}

/* ex_trigger_is - 1 if trigger class t is called name: the first byte before
 * strcmp, for the verbs the clause analysis treats apart ("buy", "suspend").
 * Always inline: GCC kept it out of line (259 K calls a run, from
 * ex_clause_frames and ex_sentence), where the byte test nearly always answers. */
static inline __attribute__((always_inline)) int
ex_trigger_is(const struct rules *r, int t, const char *name)
{
	return r->triggers[t][0] == name[0] && strcmp(r->triggers[t], name) == 0;
}

/* ex_action_is - 1 if action (a name of RULES_ACTIONS) is name: the first byte
 * before strcmp, for the rules that differ by action.  Always inline: GCC
 * kept calls in the long functions (ex_resolve_parties, ex_sentence; 273 K
 * calls a run), where the byte test alone nearly always answers.  The same
 * pointer answers too (the linker merges equal string literals). */
static inline __attribute__((always_inline)) int
ex_action_is(const char *action, const char *name)
{
	return action == name || (action[0] == name[0] && strcmp(action, name) == 0);
}

/* ex_copy - src into dst[n], cut to fit, as snprintf "%s" but without the formatting. */
static inline void
ex_copy(char *dst, size_t n, const char *src)
{
	size_t l = strnlen(src, n - 1);

	memcpy(dst, src, l);
	dst[l] = '\0';
}

/* EX_WORD_BYTE - ex_word_byte of every byte: one load instead of four range
 * tests (the words around an offset are read everywhere). */
static const unsigned char EX_WORD_BYTE[256] = {
    ['\''] = 1,
    ['0'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['A'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ['a'] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

/* ex_word_byte - 1 for a byte of a word (letters, digits, apostrophe). */
static inline int
ex_word_byte(unsigned char c)
{
	return EX_WORD_BYTE[c];
}

/*
 * The word bytes of the text extract_text is reading on this thread: bit i of
 * bits (bit i & 63 of bits[i >> 6]) is ex_word_byte(text[i]), the bits from
 * len on are 0.  ex_word_after and ex_word_before, asked about this text,
 * measure a word with a bitmap load or two (a count of trailing or leading
 * zeros) instead of a loop over its bytes; asked about any other text (text
 * NULL outside extract_text), they walk the bytes as before.  The same answers
 * either way (tests/unit/test_wordbits.c checks every offset and bound).
 */
struct ex_wordbits {
	const char *text;
	size_t len;
	const uint64_t *bits;
};
extern _Thread_local struct ex_wordbits ex_wbits;

/* ex_wordbits_build - the bitmap of t[0,len) (ex_wordbits), (len >> 6) + 1
 * words from malloc; NULL without memory. */
uint64_t *ex_wordbits_build(const char *t, size_t len);

/* ex_wordbits_end - the first offset from e on (e < hi) that holds no word
 * byte, hi if the word runs to hi: ex_word_after's loop, on the bitmap. */
static inline size_t
ex_wordbits_end(const uint64_t *bits, size_t e, size_t hi)
{
	for (;;) {
		uint64_t w = ~bits[e >> 6] >> (e & 63);

		if (w != 0) {
			e += (size_t)__builtin_ctzll(w);
			break;
		}
		e = (e | 63) + 1;
		if (e >= hi)
			break;
	}
	return e < hi ? e : hi;
}

/* ex_wordbits_start - the start of the word bytes that end at e, not before
 * lo: ex_word_before's loop, on the bitmap. */
static inline size_t
ex_wordbits_start(const uint64_t *bits, size_t e, size_t lo)
{
	size_t s = e;

	while (s > lo) {
		size_t i = s - 1;
		uint64_t w = ~bits[i >> 6] << (63 - (i & 63));

		if (w != 0) {
			s = i + 1 - (size_t)__builtin_clzll(w);
			break;
		}
		s = i & ~(size_t)63;
	}
	return s > lo ? s : lo;
}

/* ex_word_before - the word ending before pos (skipping spaces); length or 0.  Inline,
 * as ex_word_after: the clause analysis reads words around offsets all the time. */
static inline size_t
ex_word_before(const char *t, size_t pos, size_t lo, size_t *wstart)
{
	size_t e = pos, s;

	while (e > lo && (t[e - 1] == ' ' || t[e - 1] == '\t'))
		e--;
	s = e;
	/* e > lo: a bound above pos is no word (the bitmap would answer lo). */
	if (t == ex_wbits.text && e <= ex_wbits.len && e > lo)
		s = ex_wordbits_start(ex_wbits.bits, e, lo);
	else
		while (s > lo && ex_word_byte((unsigned char)t[s - 1]))
			s--;
	*wstart = s;
	return e - s;
}

/* ex_digit_sep - 1 if t[i] is the point or comma inside a number ("2.5",
 * "300,000"): a digit on each side, within [lo,hi). */
static inline int
ex_digit_sep(const char *t, size_t lo, size_t i, size_t hi)
{
	return i < hi && (t[i] == '.' || t[i] == ',') && i > lo && t[i - 1] >= '0' && t[i - 1] <= '9' &&
	    i + 1 < hi && t[i + 1] >= '0' && t[i + 1] <= '9';
}

/* ex_possessive_len - the length of a possessive "'s" (2) or "\u2019s" (4)
 * at t[k], before hi; 0 if none. */
static inline size_t
ex_possessive_len(const char *t, size_t k, size_t hi)
{
	if (k + 2 <= hi && t[k] == '\'' && (t[k + 1] == 's' || t[k + 1] == 'S'))
		return 2;
	if (k + 4 <= hi && memcmp(t + k, "\xe2\x80\x99", 3) == 0 && (t[k + 3] == 's' || t[k + 3] == 'S'))
		return 4;
	return 0;
}

/* ex_curly_owner_end - when the word [ws,ws+wl) is the "s" of a curly
 * possessive ("India\u2019s": U+2019 is no word byte, so the word read before
 * a noun is that "s"), the end of the owner's word before the apostrophe;
 * else 0. */
static inline size_t
ex_curly_owner_end(const char *t, size_t ws, size_t wl, size_t lo)
{
	return wl == 1 && ws >= lo + 4 && ex_possessive_len(t, ws - 3, ws + 1) == 4 &&
	    ex_word_byte((unsigned char)t[ws - 4]) ? ws - 3 : 0;
}

/* ex_dotted_before - as ex_word_before, but an initialism with its dots ("U.S.",
 * "U.K.") ending before pos is one word too: "the first U.S. cargo since". */
static inline size_t
ex_dotted_before(const char *t, size_t pos, size_t lo, size_t *wstart)
{
	size_t wl = ex_word_before(t, pos, lo, wstart), e = *wstart, s = e;

	if (wl > 0 || e < lo + 4 || t[e - 1] != '.')
		return wl;
	/* Letter-dot pairs back from the last dot. */
	while (s >= lo + 2 && t[s - 1] == '.' && ex_word_byte((unsigned char)t[s - 2]) &&
	    (s - 2 == lo || !ex_word_byte((unsigned char)t[s - 3])))
		s -= 2;
	if (e - s < 4)
		return 0;
	*wstart = s;
	return e - s;
}

/* ex_cue_denied - 1 if "not", "never" or a word in "n't" stands among the two
 * words before pos, not before lo ("has not been implemented", "does not
 * include a", "hasn't made a"). */
int ex_cue_denied(const char *t, size_t lo, size_t pos);

/* ex_flow_trigger - 1 if trigger class t makes a flow that goes on (buying, selling, investing, a crackdown). */
int ex_flow_trigger(const struct rules *r, int t);

/* ex_command_order - 1 if "order" at [pos,end) commands a process ("ordered a review"). */
int ex_command_order(const char *t, size_t pos, size_t end, size_t hi);

/* ex_take_verb - 0 if "to take", "took", "struck" ... at [start,end) is no verb of buying or delisting. */
int ex_take_verb(const char *t, size_t len, size_t start, size_t end);

/* ex_word_after - the word (or "-word") starting after pos; length or 0. */
static inline size_t
ex_word_after(const char *t, size_t pos, size_t hi, size_t *wstart)
{
	size_t s = pos, e;

	while (s < hi && (t[s] == ' ' || t[s] == '\t'))
		s++;
	e = s;
	if (e < hi && t[e] == '-')
		e++;
	if (t == ex_wbits.text && hi <= ex_wbits.len) {
		if (e < hi)
			e = ex_wordbits_end(ex_wbits.bits, e, hi);
	} else
		while (e < hi && ex_word_byte((unsigned char)t[e]))
			e++;
	*wstart = s;
	return e - s;
}

/* ex_word_in - 1 if w[0..n) is one of list (ASCII case ignored).  Inline and
 * unrolled: every list is a constant array, so the compiler turns the length
 * and first-letter tests into comparisons with constants (no loads), and
 * nearly every entry fails there; unrolled, about 4% fewer instructions in a
 * run.  Always inline (round six): GCC kept out-of-line copies for callers
 * with long lists, where every entry's length and letter were loads again
 * (2.6% of the instructions; 7% more code). */
static inline __attribute__((always_inline)) int
ex_word_in(const struct ex_word *list, size_t count, const char *w, size_t n)
{
	int c = n > 0 ? ex_lower((unsigned char)w[0]) : 0;

	/* The first letters equal, the rest is compared from the second (the
	 * empty word matches an empty entry). */
EX_UNROLL
	for (size_t i = 0; i < count; i++)
		if (list[i].n == n && (n == 0 || (ex_lower((unsigned char)list[i].s[0]) == c &&
		    ex_ncasecmp(list[i].s + 1, w + 1, n - 1) == 0)))
			return 1;
	return 0;
}

/* ex_passive_be - 1 if a form of "be" stands right before the verb at pos
 * ("had been authorised", "were approved"). */
static inline int
ex_passive_be(const char *t, size_t lo, size_t pos)
{
	static const struct ex_word BE[] = {
	    EX_W("be"), EX_W("been"), EX_W("is"), EX_W("are"), EX_W("was"), EX_W("were"),
	    EX_W("being")};
	size_t ws, wl = ex_word_before(t, pos, lo, &ws);

	return wl > 0 && ex_word_in(BE, EX_NWORDS(BE), t + ws, wl);
}

/* ex_span_word_in - 1 if a word of t[lo,hi) is one of list ("will" in "Japan
 * will cut"); a word starts at lo or after a byte that is no word byte. */
static inline __attribute__((always_inline)) int
ex_span_word_in(const struct ex_word *list, size_t count, const char *t, size_t lo, size_t hi)
{
	for (size_t k = lo; k < hi; k++) {
		size_t n = 0;

		if (!ex_word_byte((unsigned char)t[k]) || (k > lo && ex_word_byte((unsigned char)t[k - 1])))
			continue;
		while (k + n < hi && ex_word_byte((unsigned char)t[k + n]))
			n++;
		if (ex_word_in(list, count, t + k, n))
			return 1;
		k += n;
	}
	return 0;
}

/* ex_prefix_in - 1 if t[0..n) starts with one of list, and is longer when longer
 * is set.  Inline and unrolled, as ex_word_in: the lists are constant arrays. */
static inline int
ex_prefix_in(const struct ex_word *list, size_t count, const char *t, size_t n, int longer)
{
	int c = n > 0 ? ex_lower((unsigned char)t[0]) : 0;

	/* The first letter (folded as strncasecmp folds ASCII) before the call, as
	 * in ex_word_in. */
EX_UNROLL
	for (size_t i = 0; i < count; i++)
		if ((longer ? n > list[i].n : n >= list[i].n) &&
		    (list[i].n == 0 || ex_lower((unsigned char)list[i].s[0]) == c) &&
		    ex_ncasecmp(t, list[i].s, list[i].n) == 0)
			return 1;
	return 0;
}

/* ex_phrase_at - 1 if one of list starts at t[i] and ends as a word ends: at
 * hi or before a byte that is no word byte ("last year" in "last year's", not
 * in "last yearly").  The caller walks the word starts. */
static inline int
ex_phrase_at(const struct ex_word *list, size_t count, const char *t, size_t i, size_t hi)
{
	for (size_t k = 0; k < count; k++) {
		size_t n = list[k].n;

		if (i + n <= hi && ex_ncasecmp(t + i, list[k].s, n) == 0 &&
		    (i + n == hi || !ex_word_byte((unsigned char)t[i + n])))
			return 1;
	}
	return 0;
}

/* ex_phrase_in - 1 if one of list starts at a word of [s,e) (ex_phrase_at). */
static inline int
ex_phrase_in(const struct ex_word *list, size_t count, const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++) {
		if (i > s && ex_word_byte((unsigned char)t[i - 1]))
			continue;
		if (ex_phrase_at(list, count, t, i, e))
			return 1;
	}
	return 0;
}

/* ex_determiner - 1 for "the", "a", "an", "its", "their". */
int ex_determiner(const char *w, size_t n);
/* ex_facility_at - 1 if a facility word ("plant", "factory", "mill") starts at byte k. */
int ex_facility_at(const char *t, size_t len, size_t k);

/* ex_count_word - 1 for a count or quantifier: "eight", "38", "all", "several". */
int ex_count_word(const char *w, size_t n);
/* ex_function_word - 1 for a word that cannot follow an adjective: "in the US and ...". */
int ex_function_word(const char *w, size_t n);
/* ex_opinion_at - 1 if the word t[ws,ws+wl) is one of the rules' opinion words
 * and not the noun "think tank" ("according to a Brussels think tank",
 * "think-tank"), which names a source, no one's opinion (extract_word.c). */
int ex_opinion_at(const struct ex_ctx *ctx, size_t ws, size_t wl, size_t e);
/* ex_giving_verb - 1 if t[start,end) is "commit", "pledge" or "put" (a verb
 * that invests only with a sum given). */
int ex_giving_verb(const char *t, size_t start, size_t end);
/* ex_money_given - the end of "$2 billion to" after such a verb at
 * [start,end), 0 if none (extract_mention.c). */
size_t ex_money_given(const char *t, size_t len, size_t start, size_t end);
/* ex_tonnage_given - 1 if a pledge verb at [start,end) governs a tonnage
 * ("pledged 25 million tons"): a purchase with no buying verb. */
int ex_tonnage_given(const char *t, size_t len, size_t start, size_t end);
/* ex_money_after - 1 if an amount of money starts within 48 bytes of t[pos]. */
int ex_money_after(const char *t, size_t pos, size_t end);
/* ex_has_digit - 1 if t[s,e) holds a digit: an amount. */
int ex_has_digit(const char *t, size_t s, size_t e);
/* ex_paragraph_before - 1 if a blank line stands right before pos (past spaces). */
int ex_paragraph_before(const char *t, size_t lo, size_t pos);
/* ex_licensed_before - the licensor of the controlled goods named last before e,
 * from the paragraph before s's on, or -1 (extract_merge.c). */
int ex_licensed_before(const struct ex_ctx *ctx, size_t s, size_t e);

/* ex_asker_turn - 1 if the paragraph of t[s] is an interviewer's turn ("Question: ..."). */
int ex_asker_turn(const char *t, size_t s, size_t e);
/* ex_question_before - the asker's turn [*qs,*qe) right before the answer holding t[s]; 0 if none. */
int ex_question_before(const char *t, size_t s, size_t *qs, size_t *qe);
/* ex_question - 1 if the sentence ends with a question mark (quotes aside). */
/* ex_false_claim - 1 if the sentence says a claim "that ..." is false. */
int ex_false_claim(const char *t, size_t s, size_t e);
int ex_question(const char *t, size_t s, size_t e);
/* ex_affirmed_question - 1 if the question ending at e is affirmed by the next turn ("Yes", "It is"). */
int ex_affirmed_question(const char *t, size_t len, size_t e);
/* ex_present_question - 1 if the question [s,e) opens with "does", "is", "has" (a label aside). */
int ex_present_question(const char *t, size_t s, size_t e);

/* ex_is_month - 1 if t[0..n) names a month. */
int ex_is_month(const char *t, size_t n);
/* ex_month_number - the month (1-12) t[0..n) names, in full or abbreviated; *abbr 1 for an abbreviation; else 0. */
int ex_month_number(const char *t, size_t n, int *abbr);

/* ex_capitalised_run - the capitalised words after (dir 1) or before (-1) pos; length. */
size_t ex_capitalised_run(const char *t, size_t lo, size_t hi, size_t pos, int dir, size_t *out);

/* ex_only_determiner - 1 if t[a,b) holds only spaces and at most one determiner. */
int ex_only_determiner(const char *t, size_t a, size_t b);

/* ex_hyphen_start - the start of the hyphenated compound pos lies in, else pos. */
size_t ex_hyphen_start(const char *t, size_t lo, size_t pos);
/* ex_definite_np - 1 if the noun phrase ending before pos is definite ("the", "its"). */
int ex_definite_np(const char *t, size_t lo, size_t pos);
/* ex_named_owner - 1 if a name's possessive modifies the noun phrase before pos. */
int ex_named_owner(const char *t, size_t lo, size_t pos);

/* ex_relative - 1 if the clause at t opens with a relative pronoun. */
int ex_relative(const char *t, size_t n);

/* ex_share_figure - 1 if the verb at [pos,end) states a share of the buyer's own
 * supply ("still buys about 9% of its LNG from Russia"). */
int ex_share_figure(const char *t, size_t lo, size_t pos, size_t end, size_t hi);
/* ex_comma_participle - 1 if the verb at [pos,end) is an "-ing" form right after a comma. */
int ex_comma_participle(const char *t, size_t lo, size_t pos, size_t end);
/* ex_not_pledge_context - 1 if a consumer buyer, an aim ("work toward") or a plain
 * present "imports" before the verb at [pos,end) makes it no commitment. */
int ex_not_pledge_context(const char *t, size_t lo, size_t pos, size_t end, int nocue);
/* ex_habit_relative - 1 if "who", or "which"/"that" before "buy(s)"/"import(s)",
 * stands right before the verb at [pos,end) (a habit). */
int ex_habit_relative(const char *t, size_t lo, size_t pos, size_t end);
/* ex_cause_cut - where a penalty's cause opens in [lo,hi) ("the penalty linked to
 * Russian oil"), else hi. */
size_t ex_cause_cut(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_deal_named - 1 if t[s,hi) names a deal, pledge or target. */
int ex_deal_named(const char *t, size_t s, size_t hi);
/* ex_market_flow - 1 if the purchase word at [pos,end) tells a market's flow
 * ("still buy", "investment continues to flow"). */
int ex_market_flow(const char *t, size_t s, size_t lo, size_t pos, size_t end, size_t hi, size_t *fs,
    size_t *fe);
/* ex_expected_trend - 1 if the purchase noun at [pos,end) is a forecast's subject
 * ("expected orders for U.S. pork to recover"). */
int ex_expected_trend(const char *t, size_t lo, size_t pos, size_t end, size_t hi);
/* ex_wish_modal - 1 if anchor is wished of the actor ("should buy", "would like China to buy"). */
int ex_wish_modal(const char *t, size_t lo, size_t anchor);
/* ex_vetted_purchase - 1 if buyers are told to justify or avoid the purchase at anchor, or questioned about it. */
int ex_vetted_purchase(const char *t, size_t lo, size_t anchor);
/* ex_priced_in - the end of "priced in" in [s,e) (a market's expectation), or EX_NOPOS;
 * callers with a context first ask ex_lex_in(ctx, EX_LEX_FIRST, s, e). */
extern const struct ex_word EX_PRICED_WORDS[];
extern const size_t EX_NPRICED_WORDS;
size_t ex_priced_in(const char *t, size_t s, size_t e);
/* ex_market_share - 1 if sentence [s,hi) gives a share of a market's exports or imports. */
int ex_market_share(const char *t, size_t s, size_t hi);
/* ex_price_choice - 1 if buyers "can"/"could" buy at [pos,end) at a better price. */
int ex_price_choice(const char *t, size_t lo, size_t pos, size_t end, size_t hi);
/* ex_quoted - 1 if a quotation mark opens in t[s,pos): the words are quoted speech. */
int ex_quoted(const char *t, size_t s, size_t pos);
/* ex_quoted_speech - as ex_quoted, but a quoted phrase of at most four words inside the
 * writer's sentence is no speech; e ends the sentence. */
int ex_quoted_speech(const char *t, size_t s, size_t pos, size_t e);
/* ex_scare_quote - 1 if the quotation open at pos holds at most four words of the
 * writer's own sentence (a phrase, no speech). */
int ex_scare_quote(const char *t, size_t s, size_t pos, size_t e);

/* ex_pledge_past - 1 if w[0..n) is a past verb of pledging: "agreed",
 * "promised", "pledged", "committed", "vowed", "undertook".  Callers add their
 * own neighbours ("signed", "offered") beside it. */
int ex_pledge_past(const char *w, size_t n);
/* ex_would_need - 1 if "would need to", "would have to" or "would have" stands before the verb at pos. */
int ex_would_need(const char *t, size_t lo, size_t pos);
/* ex_effect_modal - 1 if the verb noun ending at pos is the subject of a modal and a verb of effect: "the reopening would help". */
int ex_effect_modal(const char *t, size_t pos, size_t hi);
/* ex_yet_to_pledge - 1 if [lo,pos) says "yet to agree", "yet to commit": nothing promised. */
int ex_yet_to_pledge(const char *t, size_t lo, size_t pos);

/* ex_pronoun_subject - 1 ("they"), 2 ("it") or 3 ("he", "she") if the verb at pos
 * has a pronoun subject. */
int ex_pronoun_subject(const char *t, size_t lo, size_t pos);

/* ex_after_modal - 1 if a modal or "to" stands right before pos: an infinitive. */
int ex_after_modal(const char *t, size_t lo, size_t pos);
/* ex_moved_date - 1 if the date expression t[0..n) tells a date moved to ("postponed to Sept. 1"). */
int ex_moved_date(const char *t, size_t n);

/* ex_modal_between - 1 if "will", "would" or "shall" stands in t[lo..hi). */
int ex_modal_between(const char *t, size_t lo, size_t hi);

/* ex_modal_word - 1 if w[0..n) is a modal, "to" or "not" (callers add their own words beside it). */
int ex_modal_word(const char *w, size_t n);
/* ex_record_since - 1 if "since" at pos closes a comparison with a superlative
 * or "first" ("the first US cargo since 2023"; extract_status.c). */
int ex_record_since(const char *t, size_t s, size_t pos);
int ex_past_sequel(const char *t, size_t lo, size_t pos, size_t end);
/* ex_emphatic_did - 1 if an emphatic "did" stands before the bare verb at pos ("did close"). */
int ex_emphatic_did(const char *t, size_t lo, size_t pos);

/* ex_office_field - 1 if the object at [start,end) names an office ("agriculture ministry"). */
int ex_office_field(const char *t, size_t start, size_t end, size_t hi);

/* ex_noun_position - 1 if the word at pos follows a preposition ("on imports"). */
int ex_noun_position(const char *t, size_t lo, size_t pos);

/* ex_word_period - 1 if t[k] is a full stop after a word of 4+ letters. */
int ex_word_period(const char *t, size_t lo, size_t k);

/* ex_and_clause - 1 if the ", and" at t[pos] opens a new clause (a finite verb follows). */
int ex_and_clause(const char *t, size_t pos, size_t e);
/* ex_and_first - 1 if the first-step cue at k opens a clause after " and the ". */
int ex_and_first(const char *t, size_t s, size_t k, size_t e);

/* ex_comparison - 1 if "a lower tariff than ..." compares, committing nobody. */
int ex_comparison(const char *t, size_t a, size_t pos, size_t hi);
/* ex_threat_rate - 1 if [pos,hi) sets a rate below one only threatened or announced. */
int ex_threat_rate(const char *t, size_t pos, size_t hi);

/* extract_mention.c: matching and mention lookups */
/* ex_mention_push - append a mention; sets oom on failure. */
void ex_mention_push(struct ex_mentions *m, const struct ex_mention *x);

/* ex_match_cb - acmatch callback: push every rule entry with the matched spelling. */
int ex_match_cb(int id, size_t start, size_t end, void *arg);

/* ex_content - kinds that compete for the same words. */
int ex_content(enum rule_kind k);

/* ex_resolve_overlaps - drop content mentions inside or across a longer, earlier one. */
void ex_resolve_overlaps(struct ex_mentions *m);
/* ex_goods_anaphora - "the two metals" after "gallium and germanium": mentions of the goods it counts. */
void ex_goods_anaphora(struct ex_ctx *ctx);
/* ex_date_anaphora - "the October 9 measures" after "on October 9, Beijing expanded its export controls on rare earths": the measure told with that date. */
void ex_date_anaphora(struct ex_ctx *ctx);
/* ex_list_gap - 1 if t[a,b) only joins two items of a list (", ", " and ", ...). */
int ex_list_gap(const char *t, size_t a, size_t b);
/* ex_drop_measure_gloss - drop what an aside glossing a named measure names before its verb. */
void ex_drop_measure_gloss(struct ex_ctx *ctx);
/* ex_in_gloss - the aside ex_drop_measure_gloss read that holds pos, NULL. */
const struct ex_gloss *ex_in_gloss(const struct ex_ctx *ctx, size_t pos);

/* ex_first - index of the first mention starting at or after pos (mentions are sorted):
 * from the block index when it is built (inline: it runs for every sentence, clause
 * and cue), else by binary search. */
static inline size_t
ex_first(const struct ex_ctx *ctx, size_t pos)
{
	size_t lo = 0, hi = ctx->m.n;

	if ((pos >> EX_FIRST_SHIFT) < ctx->nfirst) {
		lo = ctx->first_at[pos >> EX_FIRST_SHIFT];
		while (lo < hi && ctx->m.v[lo].start < pos)
			lo++;
		return lo;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ctx->m.v[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ex_lex_sure - 1 if ctx->lex tells the words of [lo,hi) (lo < hi <= len):
 * it was built, and the range cuts no word at either end (a word cut there
 * is read as a shorter one). */
static inline int
ex_lex_sure(const struct ex_ctx *ctx, size_t lo, size_t hi)
{
	const char *t = ctx->text;

	return ctx->lex != NULL && !(lo > 0 && ex_word_byte((unsigned char)t[lo - 1]) &&
	    ex_word_byte((unsigned char)t[lo])) && !(hi < ctx->len &&
	    ex_word_byte((unsigned char)t[hi - 1]) && ex_word_byte((unsigned char)t[hi]));
}

/* ex_lex_in - 0 if no word of the EX_LEX_ classes bits can start in [lo,hi): no
 * block of the range holds one, and ex_lex_sure.  1 if one may. */
static inline int
ex_lex_in(const struct ex_ctx *ctx, unsigned bits, size_t lo, size_t hi)
{
	unsigned any = 0;

	if (hi > ctx->len)
		hi = ctx->len;
	if (lo >= hi)
		return 0;
	if (!ex_lex_sure(ctx, lo, hi))
		return 1;
	for (size_t b = lo >> EX_FIRST_SHIFT; b <= (hi - 1) >> EX_FIRST_SHIFT; b++)
		any |= ctx->lex[b];
	return (any & bits) != 0;
}

/* ex_has_kind - 1 if a mention of kind starts in [lo,hi). */
static inline int
ex_has_kind(const struct ex_ctx *ctx, enum rule_kind kind, size_t lo, size_t hi)
{
	for (size_t i = ex_first(ctx, lo); i < ctx->m.n && ctx->m.v[i].start < hi; i++)
		if (ctx->m.v[i].kind == kind && ctx->m.v[i].start >= lo)
			return 1;
	return 0;
}

/* extract_party.c: who owes whom */
/* ex_actor_roles - subject, counterparty ("on Chinese goods", "US-bound") or place ("in Seoul"). */
void ex_actor_roles(struct ex_ctx *ctx);

/* ex_country_refs - "the country", "the bloc" become the last subject party's mentions. */
void ex_country_refs(struct ex_ctx *ctx);

/* ex_attribution - who said sentence [s,e) ("Trump said"): *as, *al, or -1. */
void ex_attribution(const struct ex_ctx *ctx, size_t mi, size_t s, size_t e, int *as, int *al);

/* ex_paid_rate - 1 if the verb of paying ending at end names a rate paid in
 * place of an older one ("still pay 15% rather than 25%", "have paid 15% since"). */
int ex_paid_rate(const char *t, size_t end, size_t hi);
/* ex_pay_verb - 1 if [start,end) is a form of "pay". */
int ex_pay_verb(const char *t, size_t start, size_t end);
/* ex_object_origin - an object's own origin ("Chinese EVs") as counterparty, else cp. */
int ex_object_origin(const struct ex_ctx *ctx, size_t lo, size_t hi, int obj, int actor, int cp);

/* ex_levy_party - the party named right before a tariff noun in [lo,hi) ("a 20% U.S. tariff"); -1. */
int ex_levy_party(const struct ex_ctx *ctx, size_t lo, size_t hi, int skip);

/* ex_main_subject - the first subject actor of the sentence [s,e); -1. */
int ex_main_subject(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_reported_main - 1 if a speaker or a verb of saying comes before the first
 * subject of the sentence [s,e) ("The trade office said that China's support
 * ..."): that subject is the reported clause's. */
int ex_reported_main(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_find_actor - nearest subject actor before pos in [lo,pos), skipping code skip; -1. */
int ex_find_actor(const struct ex_ctx *ctx, size_t lo, size_t pos, int skip);
/* ex_last_other - the last party in [lo,pos) other than skip, whatever its role; -1. */
int ex_last_other(const struct ex_ctx *ctx, size_t lo, size_t pos, int skip);
/* ex_licence_holder - 1 if the party of mention x names firms that buy or use
 * goods, the noun at most three words after it ("American battery makers"). */
int ex_licence_holder(const struct ex_ctx *ctx, const struct ex_mention *x, size_t hi);
/* ex_subject_pos - where the last subject mention of actor in [lo,pos) starts; EX_NOPOS. */
size_t ex_subject_pos(const struct ex_ctx *ctx, size_t lo, size_t pos, int actor);

/* ex_find_speaker - the first speaker actor in [lo,hi), or -1. */
int ex_find_speaker(const struct ex_ctx *ctx, size_t lo, size_t hi);

/* ex_mutual - 1 if both sides do the frame ("both countries", "each other's"). */
int ex_mutual(const struct ex_ctx *ctx, size_t lo, const struct ex_frame *f, size_t hi);
/* ex_joint_subject - 1 if "A and B" is the subject right before the verb, A and B
 * being actor and cp in either order ("India and Japan agreed to cut tariffs"). */
int ex_joint_subject(const struct ex_ctx *ctx, size_t lo, size_t anchor, int actor, int cp);
/* ex_main_pair - the subject pair "A and B" that opens the sentence [s,e) into
 * out[0], out[1]; -1 -1 when it has none. */
void ex_main_pair(const struct ex_ctx *ctx, size_t s, size_t e, int out[2]);
/* ex_keep_pair - ctx->last_pair after the sentence [s,e) whose subject is a. */
void ex_keep_pair(struct ex_ctx *ctx, size_t s, size_t e, int a);
/* ex_pair_pronoun - 1 if "they" is the subject right before the verb at anchor
 * and stands for the pair actor-cp: a subject "A and B" earlier in the
 * sentence or opening the one before. */
int ex_pair_pronoun(const struct ex_ctx *ctx, size_t s, size_t lo, size_t anchor, int actor, int cp);
/* ex_pair_pronoun_co - the other member of the pair "they" stands for when the
 * actor is one and the counterparty a third party ("they will buy US LNG"); -1. */
int ex_pair_pronoun_co(const struct ex_ctx *ctx, size_t s, size_t lo, size_t anchor, int actor, int cp);

/* ex_disputed - 1 if the frame at anchor is the matter of a disagreement ("at odds over"). */
int ex_disputed(const struct ex_ctx *ctx, size_t lo, size_t anchor);
/* ex_co_subject - the other actor of a subject "A and B" whose counterparty is a third
 * party ("Australia and South Korea pledged to buy US LNG"), or -1. */
int ex_co_subject(const struct ex_ctx *ctx, size_t lo, size_t anchor, int actor, int cp);
/* ex_list_heads - the actors that open a subject list "A, B and C" before its last
 * pair ("Japan, South Korea and Taiwan pledged"), none skip1 or skip2; count. */
int ex_list_heads(const struct ex_ctx *ctx, size_t lo, size_t anchor, int skip1, int skip2, int *out, int max);

/* ex_only_destination - 1 if every mention of party v in [lo,hi) stands after
 * "to"/"into" or "in" (where goods go), 0 if one does not or none is. */
int ex_only_destination(const struct ex_ctx *ctx, size_t lo, size_t hi, int v);
/* ex_party_namings - 1 if party v is named in [lo,hi) and each naming (mention
 * index i) passes test (1 passes, 0 fails the whole, -1 is passed over). */
int ex_party_namings(const struct ex_ctx *ctx, size_t lo, size_t hi, int v,
    int (*test)(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t i));

/* ex_general_goods - the controlled goods a "general licence" with none of its
 * own is for: the last named before it in its paragraph, with the list it ends;
 * their count into objs (extract_frame.c). */
size_t ex_general_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, int *objs,
    size_t max, int asked);

/* ex_controlled_goods - 1 if the first goods after lo are export-licensed ("rare earths"). */
int ex_controlled_goods(const struct ex_ctx *ctx, size_t lo, size_t hi);

/* ex_sell_parties - a sale's buyer (where the goods go) as actor, the seller as
 * counterparty; -1 when no buyer is named. */
int ex_sell_parties(const struct ex_ctx *ctx, const struct ex_frame *f, size_t lo, size_t hi,
    struct ex_parties *p);
/* ex_firm_sale - a sale of controlled goods by a firm of no party: the buyer is
 * owed an export licence by another party of the sentence or article. */
int ex_firm_sale(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t hi,
    struct ex_parties *p);
/* ex_resolve_parties - actor and counterparty of frame f into *p; -1 if no actor. */
int ex_resolve_parties(const struct ex_ctx *ctx, const struct ex_frame *f, const char *action,
    size_t s, size_t e, size_t cs, size_t lo, size_t hi, int sentence_actor, struct ex_parties *p);

/* extract_status.c: status, conditions and background */
/* ex_past_perfect - 1 if the verb at pos is in the past perfect, not reported ("Mexico had agreed to buy"). */
int ex_past_perfect(const struct ex_ctx *ctx, size_t s, size_t lo, size_t pos);
/* ex_since_past - 1 if the verb at pos is in a dated "since X agreed in March" clause. */
int ex_since_past(const struct ex_ctx *ctx, size_t lo, size_t pos);
/* ex_terms_opening - 1 if sentence [s,e) restates a deal's terms ("Under the memorandum, the Philippines committed to buy ..."), 2 with a modal ("would", "is to"). */
/* ex_another_lot - 1 if the verb ending at end buys "another", "a further" or "additional" lots. */
int ex_another_lot(const char *t, size_t end, size_t hi);
/* ex_lot_step - 1 if past frame f buys another lot or goods by the lot, or invests a further sum: under way. */
int ex_lot_step(const struct ex_ctx *ctx, const struct ex_frame *f, size_t span_end, size_t ce);
/* ex_future_condition - 1 if the verb at anchor is the condition of an act to come ("would cut ... once X stopped buying"). */
int ex_future_condition(const char *t, size_t s, size_t anchor);
/* ex_first_part - 1 if [lo,hi) names the first few of a count ("the first five aircraft"). */
int ex_first_part(const char *t, size_t lo, size_t hi);
int ex_terms_opening(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_terms_progress - 1 if the deal that sentence [s,e) restates was told under way just before. */
int ex_terms_progress(const struct ex_ctx *ctx, size_t s, size_t e);

/* ex_duration_end - the end of a span of time opening t[a,b) ("for a further 90 days"), else a. */
size_t ex_duration_end(const char *t, size_t a, size_t b);
/* ex_told_pledge_in - 1 if a year in [s,e) dates the saying of a recent pledge. */
int ex_told_pledge_in(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_past_year - 1 if [s,e) is anchored in an earlier year ("in 2020"). */
int ex_past_year(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_history_cue - 1 if [s,e) has a history cue outside a trailing relative clause. */
int ex_history_cue(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_now_clause - 1 if clause [cs,ce) of sentence s follows a ";" and says "this January", "this year" with no past year. */
int ex_now_clause(const struct ex_ctx *ctx, size_t s, size_t cs, size_t ce);

/* ex_deadline_passed - 1 if deadline ("YYYY-MM-DD" or "") is before the publication date. */
int ex_deadline_passed(const struct ex_ctx *ctx, const char *deadline);
/* ex_deal_said - 1 if "that" and a deal noun phrase open in [from,pos): a report
 * of the whole deal ("adding that the arrangement was being implemented"). */
int ex_deal_said(const char *t, size_t from, size_t pos);
/* ex_planned_cue - 1 if the first-step cue x, in a clause [lo,hi), is told as
 * planned ("the first deliveries are scheduled for 2028"). */
int ex_planned_cue(const char *t, const struct ex_mention *x, size_t lo, size_t hi);
/* ex_talk_attribute - 1 if the cue x tells the state of talks, not of a
 * commitment ("talks are continuing", "after talks ... broke down", "stalled
 * trade talks"). */
int ex_talk_attribute(const struct ex_ctx *ctx, const struct ex_mention *x);
/* ex_blanket_participle - 1 if the cue x is a participle that names the noun
 * before it, the clause's own verb after it ("orders cancelled in September
 * would return"). */
int ex_blanket_participle(const char *t, size_t s, const struct ex_mention *x, size_t e);
/* ex_first_planned - 1 if a first-step cue in [lo,hi) is told as planned ("the
 * first deliveries planned for 2028"). */
int ex_first_planned(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_hedge_only - 1 if every proposal cue of [lo,hi) is "could", "might" or "may". */
int ex_hedge_only(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_perfect - 1 if "had", 2 if "has" or "have" stands right before the verb at anchor. */
int ex_perfect(const struct ex_ctx *ctx, size_t lo, size_t anchor);

/* ex_pending_only - 1 if the only stalled or broken cues in [lo,hi) say "not yet". */
int ex_pending_only(const struct ex_ctx *ctx, size_t lo, size_t hi);

/* ex_status_from_cues - the status the cues around a frame assert, or -1. */
int ex_status_from_cues(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f,
    size_t prev_anchor, int *strong);
/* ex_list_item - 1 if [s,e) is a bulleted or numbered item; 0 if not; -1 if blank. */
int ex_list_item(const char *t, size_t s, size_t e);
/* ex_list_continues - 1 if the verb at pos of the bulleted item [s,e) goes on from
 * the list's opening ("- cut the tariff", "- Ban on U.S. beef lifted"): no past act. */
int ex_list_continues(const char *t, size_t s, size_t e, size_t pos);
/* ex_label_end - the colon of a short label opening [s,e) before pos ("Rare earths:
 * China will ..."), else EX_NOPOS. */
size_t ex_label_end(const char *t, size_t s, size_t e, size_t pos);
/* ex_topic_end - the comma closing a topic opener of [s,e) before pos ("On steel,",
 * "As for soybeans,"), or EX_NOPOS. */
size_t ex_topic_end(const char *t, size_t s, size_t e, size_t pos);
/* ex_list_opening - the party opening a list in [s,e), or -1; *trigger: the verb
 * class it gives bare items ("China will suspend:"), or -1. */
int ex_list_opening(const struct ex_ctx *ctx, size_t s, size_t e, int *trigger);
/* ex_list_status - the status of the last cue of a list's opening [s,e), or -1. */
int ex_list_status(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_list_subject - the last party before a sentence-final colon ("China will:"), or -1. */
int ex_list_subject(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_talk_date - 1 if talks or a meeting named in [s,e) are what a date at e is for. */
int ex_talk_date(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_span_date - 1 if the date expression t[0..n) is a span from publication ("within
 * six weeks", "in 30 days"). */
int ex_span_date(const char *t, size_t n);
/* ex_asked_date - 1 if "whether" in [s,pos) makes a date at pos one asked about. */
int ex_asked_date(const struct ex_ctx *ctx, size_t s, size_t pos);
/* ex_done_amount - 1 if amount q is the object of the past buying verb f ("bought
 * about $96bn of US energy"), 2 if a part of the whole ("part of the $150 billion set
 * aside for ..."): not what was committed. */
int ex_done_amount(const struct ex_ctx *ctx, size_t nq, const struct ex_frame *f, const char *action,
    const struct quantity *q);
/* ex_accrues - 1 if action adds up over time: "since" a date is no date of effect. */
int ex_accrues(const char *action);
/* ex_since_effect - 1 if the "since" date wm is when statement st's done measure took
 * effect (in its clause [cs,ce), or opening the sentence before the verb f). */
int ex_since_effect(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    const struct ex_stmt *st, const char *action, size_t cs, size_t ce);
/* ex_done_on - 1 if a bare date right after a past verb is when the measure took effect. */
int ex_history_date(const char *t, size_t lo, size_t pos);
int ex_done_on(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    size_t cs, size_t ce);
/* ex_reported_done - a report's day dates the present perfect done at f in [s,e). */
int ex_reported_done(const struct ex_ctx *, const struct ex_frame *, const struct when_match *,
    size_t, size_t, size_t);
/* ex_relative_day - 1 if wm is the day a past verb of the relative clause [rs,re)
 * after f's gives f's measure ("which dropped to zero on January 1"). */
int ex_relative_day(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    size_t rs, size_t re);
/* ex_force_anaphor - 1 if sentence [s,e) dates its act by the agreement's entry into force without its day. */
int ex_force_anaphor(const char *t, size_t s, size_t e);
/* ex_force_date - the day the article says its agreement enters into force, or NULL. */
const char *ex_force_date(struct ex_ctx *ctx);
/* ex_done_before - 1 if a bare date before a past verb tells the day of the act ("China on Monday suspended"). */
int ex_done_before(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm, size_t s);
/* ex_past_day_anchor - a weekday a past verb tells, for "that day" later: on or before publication. */
void ex_past_day_anchor(struct ex_ctx *ctx, const struct ex_frame *f, size_t nw, size_t cs, size_t ce);
/* ex_done_weekday - a past verb's weekday ("lowered ... on Friday") or month-day ("on October 9") on or before publication. */
int ex_done_weekday(const struct ex_ctx *ctx, const struct when_match *wm, char out[11]);
/* ex_party_antecedent - the party named right before the relative clause at cs, -1. */
int ex_party_antecedent(const struct ex_ctx *ctx, size_t s, size_t cs);
/* ex_main_start - past the closing comma of a clause opened by "which", "despite", ... before anchor, else lo. */
size_t ex_main_start(const struct ex_ctx *ctx, size_t lo, size_t anchor);
/* ex_opening_end - past the first comma of a sentence opening with "although", "despite", ...; else s. */
size_t ex_opening_end(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_in_date - 1 if the verb of f lies inside a date ("by the end of June"). */
int ex_in_date(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e);
/* ex_done_object - 1 if only a determiner (after a time adverbial) parts a past verb from its noun. */
int ex_done_object(const char *t, size_t a, size_t b);
/* ex_reference_status - ex_status_from_cues for a reference back; talk alone proposes nothing (-1). */
int ex_reference_status(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f, int *strong);
/* ex_despite_pledge - 1 if the sentence [s,e) concedes a pledge ("even though it promised to"). */
int ex_despite_pledge(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_conceded_unmet - 1 if a concession holds the verb at anchor after a main clause denying its goods. */
int ex_conceded_unmet(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t e);
/* ex_pending_status - proposed or pledged: a frame whose stalled cue only says "not yet". */
int ex_state_denied(const struct ex_ctx *ctx, size_t lo, size_t hi, int st);
/* ex_goods_off_table - 1 if goods stand right before the cue "off the table" in [lo,hi). */
int ex_goods_off_table(const struct ex_ctx *ctx, size_t lo, size_t hi);
int ex_pending_status(const struct ex_ctx *ctx, size_t lo, size_t hi, const struct ex_frame *f,
    size_t prev_anchor);

/* ex_conditional - 1 if the frame is conditional ("if China buys", "unless"). */
int ex_conditional(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t hi);
/* ex_condition_after - 1 if a clause of [from,hi) opens with a condition (", but only if"). */
int ex_condition_after(const struct ex_ctx *ctx, size_t from, size_t hi);

/* ex_refusal - the party refusing in later clause [cs,ce) ("but Washington refused"), or -1. */
int ex_refusal(const struct ex_ctx *ctx, size_t cs, size_t ce);
int ex_request_dropped(const char *t, size_t cs, size_t ce);
/* ex_market_hope - 1 if the verb at anchor is what a market move was put down to ("up on hopes of"). */
int ex_market_hope(const char *t, size_t cs, size_t anchor);
/* ex_denied_scope - 1 if the verb at anchor is in what a denial or "nothing ... commits" covers. */
int ex_denied_scope(const char *t, size_t s, size_t anchor);
/* ex_answer_span - the start of the sentence answering the one ending at e (past a question), its end in *end. */
size_t ex_answer_span(const char *t, size_t e, size_t len, size_t *end);
/* ex_report_denied_next - 1 if [s,e) passes on a report that the next sentence denies. */
int ex_report_denied_next(const char *t, size_t s, size_t e, size_t len);
/* ex_report_denied_after - 1 if the frame stands in a report that its own predicate denies ("reports of a deal ... were inaccurate"). */
int ex_report_denied_after(const char *t, size_t s, size_t anchor, size_t anchor_end, size_t e);
/* ex_skip_quotes - past spaces and straight or curly quotes from p (before hi). */
size_t ex_skip_quotes(const char *t, size_t p, size_t hi);
/* ex_unquote - pos moved back over the blanks and quotation marks before it (not before lo). */
size_t ex_unquote(const char *t, size_t lo, size_t pos);
/* ex_premise_unconfirmed - 1 if [s,e) is a questioner's premise passing on a report that the answer does not confirm. */
int ex_premise_unconfirmed(const char *t, size_t s, size_t e, size_t len);
/* ex_nobody_after - 1 if a clause after anchor says no one pledged it ("..., though nobody has promised that"). */
int ex_nobody_after(const char *t, size_t anchor, size_t e);
/* ex_group_demand - 1 if a lobby (growers, farmers) asks for the frame at anchor. */
int ex_group_demand(const struct ex_ctx *ctx, size_t s, size_t anchor);
/* ex_group_reaction - 1 if a lobby welcomes or judges a cut told before ("Exporters welcomed the removal"). */
int ex_group_reaction(const struct ex_ctx *ctx, size_t s, size_t anchor);
/* ex_past_demand - 1 if the frame at anchor is a demand told in the past perfect ("had pressed for"). */
int ex_past_demand(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor);
/* ex_part_of_count - 1 if [lo,hi) names a count out of a larger one ("three of the eight"). */
int ex_part_of_count(const char *t, size_t lo, size_t hi);
/* ex_few_recipients - 1 if [lo,hi) holds "to a handful of", "for only a few": a part. */
int ex_few_recipients(const char *t, size_t lo, size_t hi);
/* ex_part_out_of - 1 if [lo,hi) names a figure out of a larger one ("210 out of 390"). */
int ex_part_out_of(const char *t, size_t lo, size_t hi);
/* ex_request_noun - 1 if "demand for", "request for" stands before the verb at anchor. */
int ex_request_noun(const char *t, size_t lo, size_t anchor);
/* ex_refused_after - 1 if [lo,hi) says a request was turned down ("was rejected"). */
int ex_refused_after(const char *t, size_t lo, size_t hi);
/* ex_aside_outcome - the status a predicate after ", agreed in May 2025," gives what precedes it, or -1. */
int ex_aside_outcome(const struct ex_ctx *ctx, size_t s, size_t e, size_t *from, int *pending);
/* ex_done_cue - 1 if [lo,hi) says a measure was carried out ("has taken effect"). */
int ex_done_cue(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_permit_halted - 1 if [lo,hi) tells "suspended the licences", "froze all export licences". */
int ex_permit_halted(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_asked_end - the comma closing "Asked on Friday," or "Asked whether ...," opening [s,e); else s. */
size_t ex_asked_end(const char *t, size_t s, size_t e);
/* ex_framing_end - the comma closing "A year after the EU agreed to buy ...,"; else s. */
size_t ex_framing_end(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_told_pledge - 1 if sentence [s,e) tells of a pledge, an offer or an order. */
int ex_told_pledge(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_started_on - end of "starts today", "began on" ("will start on": *ahead) after a measure noun, else 0. */
size_t ex_started_on(const char *t, size_t anchor_end, size_t hi, int *ahead);
/* ex_part_of_sum - 1 if [lo,hi) tells a part of a promised sum put in ("has sent $5 billion of the $350 billion it promised"). */
int ex_part_of_sum(const char *t, size_t lo, size_t hi);
/* ex_rest_to_come - 1 if [lo,hi) tells the rest of a measure still to come ("and would remove the rest by January 1"). */
int ex_rest_to_come(const char *t, size_t lo, size_t hi);
/* ex_kept_predicate - 1 if [lo,hi) says a suspension named before goes on ("has been extended"),
 * 2 if it says a measure "has held". */
int ex_kept_predicate(const char *t, size_t lo, size_t hi);
/* ex_stands_now - 1 if [lo,hi) joins a clause telling the act's state now ("and ... now pay"). */
int ex_stands_now(const char *t, size_t lo, size_t hi);
/* ex_kept_suspension - 1 if the pause verb at [anchor,end) keeps a suspension in force. */
int ex_kept_suspension(const char *t, size_t anchor, size_t end);
/* ex_granted - 1 if a past beneficiary verb ("won Canada a pause") governs the noun at anchor. */
int ex_granted(const struct ex_ctx *ctx, size_t lo, size_t anchor);
/* ex_opinion - 1 if the frame at anchor is a commentator's forecast or quoted view. */
int ex_opinion(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor);
/* ex_scenario - 1 if sentence [s,anchor) opens with an analyst's graded case ("In our upside case"). */
int ex_scenario(const char *t, size_t s, size_t anchor);
/* ex_sequel_subject - 1 if sentence [s,e) opens with a verb noun as a definite
 * subject placing an act told earlier ("The removal of the levy follows two rounds
 * of talks") and the verb at anchor is that noun or a definite one it follows. */
int ex_sequel_subject(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor);
/* ex_hypothetical_subject - 1 if sentence [s,e) opens with a measure no one took, told
 * with "would" ("A suspension would take the threat off the table"). */
int ex_hypothetical_subject(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_gerund_verdict - 1 if the verb at [anchor,anchor_end) is a gerund that is the
 * subject of a verdict ("said removing the tariff was premature"). */
int ex_gerund_verdict(const char *t, size_t cs, size_t anchor, size_t anchor_end, size_t e);
/* ex_asked_of - 1 if the verb at anchor is asked of another: "pressed Seoul to lower". */
int ex_asked_of(const struct ex_ctx *ctx, size_t s, size_t anchor);
/* ex_wanted_object - 1 if a verb of wanting governs the verb at anchor: "want lower duties". */
int ex_wanted_object(const char *t, size_t lo, size_t anchor);
/* ex_wished - 1 if the verb at anchor is asked for or wanted: "want lower duties". */
int ex_wished(const struct ex_ctx *ctx, size_t s, size_t anchor);
/* ex_old_deal_opening - 1 if [s,e) opens "Under the Phase One deal signed in January 2020,". */
int ex_old_deal_opening(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_dated_deal_relative - where "the 2019 agreement, under which" opens, or EX_NOPOS. */
size_t ex_dated_deal_relative(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_has_cue - 1 if a status cue (not the month "May") starts in [lo,hi). */
int ex_has_cue(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_toward_pledge - 1 if [lo,hi) says "part of Seoul's pledge", "towards its commitment". */
int ex_toward_pledge(const char *t, size_t lo, size_t hi);
/* ex_cut_noun_next - 1 if the word after b (one space between), before ce, is a
 * noun of lowering ("tariff cut", "planned reduction"). */
int ex_cut_noun_next(const char *t, size_t b, size_t ce);
/* ex_quota_rate_amount - the rate goods obj enter at under a quota named in [s,e)
 * ("a quota of 99,000 tonnes of beef at a tariff of 7.5%"); 1 and *out set; 2 and
 * *out 0 percent for a duty-free quota with no amount told ("the zero-tariff quota
 * for British steel"). */
int ex_quota_rate_amount(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, int obj,
    struct quantity *out);
/* ex_quota_volume - a tariff-free quota's weight for obj, when no rate is named. */
void ex_quota_volume(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, int obj, struct quantity *out);
/* ex_demand_rejected - 1 if the verb at anchor is what one side asked and the other rejected. */
int ex_demand_rejected(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor, size_t anchor_end);
/* ex_demand_accepted - 1 if the verb at anchor is what one side asked and the other agreed to. */
int ex_demand_accepted(const struct ex_ctx *ctx, size_t s, size_t e, size_t anchor, size_t anchor_end);
/* ex_dateline_end - the end of a wire dateline opening the body, or 0. */
size_t ex_dateline_end(const char *t, size_t len);
/* ex_body_opening_end - where the first sentence's own words start past the body's
 * opening (a dateline, a kicker or a byline), or 0. */
size_t ex_body_opening_end(const char *t, size_t len);
/* ex_rejected_demand_before - 1 if the verb at anchor is a demand an earlier verb rejected. */
int ex_rejected_demand_before(const struct ex_ctx *ctx, size_t s, size_t anchor);
/* ex_urgent_demand - 1 if the verb at anchor is demanded: "must immediately cancel". */
int ex_urgent_demand(const struct ex_ctx *ctx, size_t cs, size_t anchor);
/* ex_names_pact - 1 if [lo,hi) names a deal or a pledge ("under the trade agreement"). */
int ex_names_pact(const char *t, size_t lo, size_t hi);
/* ex_penalised_flow - 1 if the verb noun at anchor is what a penalty answers. */
int ex_penalised_flow(const struct ex_ctx *ctx, size_t s, size_t anchor);
/* ex_topic - 1 if a topic phrase ("talks on", "discussed") governs the frame at anchor. */
int ex_topic(const struct ex_ctx *ctx, size_t cs, size_t anchor);

/* ex_blanket_scan - record the whole-deal outcomes of sentence [s,e). */
int ex_own_goods_pledge(const struct ex_ctx *ctx, size_t s, size_t cue);
void ex_blanket_scan(struct ex_ctx *ctx, size_t s, size_t e);

/* ex_began_imposing - 1 if cue x is "began"/"started" with a verb of levying after
 * it ("the port fees it began charging"): the measure's start, no progress. */
int ex_began_imposing(const char *t, const struct ex_mention *x, size_t hi);
/* ex_outcome_cues - the last progress, stalled or broken cue of [lo,hi), or -1. */
int ex_outcome_cues(const struct ex_ctx *ctx, size_t lo, size_t hi, int *pending);
/* ex_tally - 1 if [lo,hi) tells a running total of a buying noun ("Purchases in
 * the first quarter amounted to $610 million"). */
int ex_tally(const char *t, size_t lo, size_t hi);
/* ex_definite_subject - 1 if later clause [cs,ce) opens with a definite subject or a pronoun. */
int ex_definite_subject(const struct ex_ctx *ctx, size_t cs, size_t ce);
/* ex_term_contract - 1 if the buying verb at anchor ends a signed long-term
 * contract ("signed a 10-year contract to import"): a purchase under way. */
int ex_term_contract(const char *t, size_t lo, size_t anchor);
/* ex_later_start - 1 if [p,e) says the deliveries start in a later year. */
int ex_later_start(const struct ex_ctx *ctx, size_t p, size_t e);
/* ex_reference_push - copy the earlier statements of action act (objects
 * objs, actor) into sentence [s,e) with status st; the number, -1 on failure. */
int ex_reference_push(struct ex_ctx *ctx, size_t s, size_t e, size_t pos, int act, int again,
    const int *objs, size_t nobj, int actor, enum status st);
/* ex_measure_outcome - a definite measure noun with a stalled or broken outcome
 * ("The licences remain stuck") tells of the earlier statements made with it. */
int ex_measure_outcome(struct ex_ctx *ctx, size_t s, size_t e);
/* ex_deal_outcome - "That deal was later scrapped": a deal noun with a broken or
 * stalled predicate tells of the latest earlier sentence's commitments. */
int ex_deal_outcome(struct ex_ctx *ctx, size_t s, size_t e);
/* ex_reversal - a verb that brings back a restriction ("reimposed the ban",
 * "reinstated the rule") breaks the earlier easing of it; -1 on allocation failure. */
int ex_reversal(struct ex_ctx *ctx, size_t s, size_t e);
/* ex_and_progress_subject - 1 if the ", and" clause at cs shares the subject
 * before it, 2 if its subject is a bare noun of deliveries, else 0. */
int ex_and_progress_subject(const char *t, size_t cs, size_t ce);
/* ex_other_goods_subject - 1 if later clause [cs,ce) names other goods than obj before its cue. */
int ex_other_goods_subject(const struct ex_ctx *ctx, size_t cs, size_t ce, int obj);
/* ex_clause_outcome - the status a later clause gives the earlier ones, or -1;
 * *pending when it only says "not yet". */
int ex_clause_outcome(const struct ex_ctx *ctx, size_t cs, size_t ce, int *pending);
/* ex_none_bought - 1 if a later "but" clause says no goods were bought ("but buyers have not booked a single cargo"). */
int ex_none_bought(const struct ex_ctx *ctx, size_t cs, size_t ce);
/* ex_late_only - 1 if a clause says only that a date was missed by a span of time. */
int ex_late_only(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_relative_effect - 1 if [cs,ce) is "which (also) took effect ...": the act named
 * by the verb noun at pos (in the clause from lo) is in force. */
int ex_relative_effect(const struct ex_ctx *ctx, size_t cs, size_t ce, size_t lo, size_t pos);
/* ex_effect_after_relative - 1 if the relative clause [cs,ce) closes before "took
 * effect", "entered into force" ...: the noun before it has taken effect. */
int ex_effect_after_relative(const struct ex_ctx *ctx, size_t cs, size_t ce);
/* ex_sentence_before - the start of the sentence right before s when it holds
 * statements, else EX_NOPOS. */
size_t ex_sentence_before(const struct ex_ctx *ctx, size_t s);
/* ex_effect_told - "the adjustment had taken effect as planned": the pledges of
 * the sentence before are done (statements pushed); -1 on allocation failure. */
int ex_effect_told(struct ex_ctx *ctx, size_t s, size_t e);
/* ex_appositive_effect - the comma before ", a reduction that took effect ..." in
 * sentence [s,e), or EX_NOPOS. */
size_t ex_appositive_effect(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_renewed_permits - where a past "renewed" governing the permit noun at anchor
 * ends, or EX_NOPOS. */
size_t ex_renewed_permits(const char *t, size_t cs, size_t anchor);
/* ex_and_participle - 1 if the participle at [a2,e2) follows "and" after the
 * participle at [a1,e1) that a comma sets off: the same act's effect. */
int ex_and_participle(const char *t, size_t s, size_t a1, size_t e1, size_t a2, size_t e2);
/* ex_rest_pending - where [lo,hi) says the rest of an act is still pending ("the
 * remaining plants are being reviewed", "some buyers are still waiting", "most
 * were still waiting", "Four plants are still waiting"), or EX_NOPOS; *wend (if
 * not NULL) gets the end of the waiting phrase. */
size_t ex_rest_pending(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t *wend);
/* ex_part_done - 1 if statement i, stalled in [s,e) whose part's wait runs
 * [rest,wend), is under way: no other lag in the sentence, and some of the act
 * told done before the part or in an earlier statement of its key. */
int ex_part_done(const struct ex_ctx *ctx, size_t s, size_t e, size_t rest, size_t wend, size_t i);
/* ex_relative_outcome - the status the predicate after a relative clause gives
 * the commitments before it ("An order, which ..., was cancelled"), or -1. */
int ex_relative_outcome(const struct ex_ctx *ctx, size_t cs, size_t ce, size_t *from, int *pending);

/* extract_frame.c: frames, objects, deadlines, quantities */
/* ex_effect_near - 1 if an effect cue ("took effect") stands next to date [ds,de). */
int ex_effect_near(const struct ex_ctx *ctx, size_t mi, size_t s, size_t e, size_t ds, size_t de);
/* ex_rate_day - 1 if the date wm is the day an act still to come applies ("on October 1"). */
int ex_rate_day(const struct ex_ctx *ctx, const struct ex_frame *f, const struct when_match *wm,
    const char *action, size_t cs, size_t ce);

/* ex_object_pos - where object obj is named in [lo,hi), or (size_t)-1. */
size_t ex_object_pos(const struct ex_ctx *ctx, size_t lo, size_t hi, int obj);

/* ex_other_action_end - where frame k's amounts stop: the next verb with another action. */
size_t ex_other_action_end(const struct rules *r, const struct ex_frame *fr, size_t n, size_t k,
    size_t ce);

/* ex_under_deal - 1 if [a,e) is "under" and a deal ("under the trade pact"). */
int ex_under_deal(const char *t, size_t a, size_t e);
/* ex_present_act - 1 if the verb at [anchor,end) is a simple present ("lifts") with no modal before it. */
int ex_present_act(const char *t, size_t cs, size_t anchor, size_t end);
/* ex_signed_instrument - 1 if the cue x is "signed" before a decree, an order, a law ...: the act done. */
int ex_signed_instrument(const char *t, size_t len, const struct ex_mention *x);
/* ex_enacted_by - 1 if the participle at [anchor,end) describes a decree or order signed or issued before it. */
int ex_enacted_by(const char *t, size_t s, size_t anchor, size_t end);
/* ex_adjunct_comma - the comma before a participle set off from its main clause ("..., removing"); EX_NOPOS. */
size_t ex_adjunct_comma(const char *t, size_t s, size_t anchor, size_t end);
/* ex_done_adjunct - 1 if the verb at [anchor,end) is a participle after a comma and a main clause told as done. */
int ex_done_adjunct(const char *t, size_t s, size_t anchor, size_t end);
/* ex_participle_of - 1 if the verb at [anchor,end) is a participle right after a noun ("licences allowing"). */
int ex_participle_of(const char *t, size_t lo, size_t anchor, size_t end);

/* ex_proposed_deal - 1 if the clause at cs is "under which ..." after a clause
 * [lo,cs) that proposes the deal ("are negotiating an agreement under which"). */
int ex_proposed_deal(const struct ex_ctx *ctx, size_t lo, size_t cs, size_t anchor);
/* ex_deal_in_talks - 1 if the act falls "under" a deal still being negotiated. */
int ex_deal_in_talks(const char *t, size_t p, size_t e);
/* ex_later_step - 1 if the verb at [anchor,end) tells a further step ("is to drop
 * further", "a further cut", "will fall again"). */
int ex_later_step(const char *t, size_t lo, size_t anchor, size_t end, size_t hi);
/* ex_signed_order - 1 if the purchase noun at [anchor,end) was signed or placed ("signed a firm order"). */
int ex_signed_order(const char *t, size_t lo, size_t anchor, size_t end);

/* ex_takes_none - 1 if the verb ending at end takes nothing ("imported no coal", "does not apply to"). */
int ex_takes_none(const char *t, size_t end, size_t hi);
/* ex_statistic - 1 if [s,e) holds a statistics phrase that does not open a negation ("declined to"). */
int ex_statistic(const struct ex_ctx *ctx, size_t s, size_t e);

/* ex_after_relative - past the comma closing the relative clause at rs when a new rate follows before re, else re. */
size_t ex_after_relative(const struct ex_ctx *ctx, size_t nq, size_t rs, size_t re);

/* ex_operation_verb - 1 if the verb at [anchor,end) counts an enforcement's
 * operations ("seized", "dismantled", "intercepted"): under way. */
int ex_operation_verb(const char *t, size_t anchor, size_t end);
/* ex_intensified - 1 if the verb at [anchor,end) or a word just before it says an activity grew ("stepped up inspections"). */
int ex_intensified(const char *t, size_t lo, size_t anchor, size_t end);

/* ex_np_but - 1 if the "but" at pos, before hi, joins two modifiers in a noun phrase ("a substantial but unspecified amount"). */
int ex_np_but(const char *t, size_t lo, size_t pos, size_t hi);
/* ex_aside_break - 1 if the "however" at pos, before hi, is an aside after the opening subject ("purchases, however, keep rising"). */
int ex_aside_break(const char *t, size_t lo, size_t pos, size_t hi);

/* ex_quantity_fits - 1 if q suits the action: tonnes for purchases, percent for tariffs. */
int ex_quantity_fits(const char *action, const char *object, const struct quantity_match *q);

/* ex_partial_amount - what amount q is besides a commitment: done so far ("booked
 * 8 Mt so far"), a limit on the pace ("not to exceed $20 billion"), what is left
 * to do ("still needs to buy another 12 Mt", "leaving 17 Mt to go"), or 0. */
enum { EX_AMOUNT_DONE = 1, EX_AMOUNT_LIMIT = 2, EX_AMOUNT_REST = 3 };
/* ex_target_after - a done amount's target later in its sentence ("..., short of the 25 Mt") becomes the amount. */
void ex_target_after(const struct ex_ctx *ctx, size_t nq, size_t e, const char *action, int obj,
    struct ex_stmt *st);
/* ex_target_before - 1 if the amount at qs follows "short of", "behind", "toward" ...: the target. */
int ex_target_before(const char *t, size_t qs);
int ex_partial_amount(const struct ex_ctx *ctx, const struct quantity_match *q);

/* ex_progress_amount - 1 if amount q is the part done of a later one ("8 Mt of the 12 Mt"). */
int ex_progress_amount(const struct ex_ctx *ctx, size_t nq, const struct quantity_match *q);
/* ex_pick_progress - the amount done so far in [lo,hi) that fits action and object
 * into *out (the contract's progress), none if there is none. */
void ex_pick_progress(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, const char *action,
    int obj, struct quantity *out);

/* ex_pick_pledged - the amount in [lo,hi) a commitment of a purchase or an
 * investment is named by ("its $550 billion investment commitment"): 1, *out. */
int ex_pick_pledged(const struct ex_ctx *, size_t, size_t, size_t, const struct ex_frame *, const char *,
    int, struct quantity *);
/* ex_relative_kept_rate - the rate a relative clause of sentence [s,e) says a pause
 * leaves in force ("..., which will remain at 25 percent"); 1 and *out set. */
int ex_relative_kept_rate(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, struct quantity *out);
/* ex_pick_left_rate - the rate a pause or suspension in [lo,hi) keeps in force
 * ("while keeping its 10% duty") into *out: 1 when there is one. */
int ex_pick_left_rate(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, size_t anchor,
    const char *action, struct quantity *out);
/* ex_rate_kept - 1 if the percent q (text offsets) in a sentence opening at lo is
 * told as kept in force ("leaving the rate at 10%", "stays at 25%"). */
int ex_rate_kept(const struct ex_ctx *ctx, const struct quantity_match *q, size_t lo);
/* ex_suspended_amount - 1 if the percent *q is told in [s,e) only as a rate suspended. */
int ex_suspended_amount(const struct ex_ctx *ctx, size_t nq, size_t s, size_t e, const struct quantity *q);
/* ex_pick_quantity - the amount in [lo,hi) that fits action and object into *out;
 * 1 if it is only the old rate of a tariff change ("down from 27.5%"). */
int ex_pick_quantity(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, size_t anchor,
    const char *action, int obj, struct quantity *out);

/* ex_stmt_push - append a statement; -1 on allocation failure. */
int ex_stmt_push(struct ex_stmts *st, const struct ex_stmt *s);
size_t ex_sent_first(const struct ex_ctx *ctx, size_t s);

/* ex_plant_goods - the goods before the plants of a passive subject, or the goods subject. */
size_t ex_plant_goods(const struct ex_ctx *ctx, size_t s, size_t pos, size_t *lo, int *party);
/* ex_plant_told_goods - the farm goods the article names for plants that name none. */
int ex_plant_told_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, size_t e,
    int actor);
/* ex_ban_goods - the goods of a definite ban that names none (told before it in
 * its sentence beside an export word, else in the sentence before): their count. */
size_t ex_ban_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, int *objs, size_t max);
/* ex_np_aside - past a participle aside set off by commas at pos, else pos. */
size_t ex_np_aside(const char *t, size_t pos, size_t ce);
/* ex_frame_objects - product objects in [lo,hi): indexes into out (at most max). */
size_t ex_frame_objects(const struct ex_ctx *ctx, size_t lo, size_t hi, int *out, size_t max);
/* ex_compound_goods - the goods named as the first word of the measure at pos, or -1. */
int ex_compound_goods(const struct ex_ctx *ctx, size_t lo, size_t pos);
/* ex_compound_goods_list - those goods with the items of a list ending there; their count. */
size_t ex_compound_goods_list(const struct ex_ctx *ctx, size_t lo, size_t pos, int *objs, size_t max);

size_t ex_before_lo(const struct ex_ctx *, size_t, size_t);
int ex_faced_measure(const char *t, size_t lo, size_t anchor);
int ex_faced_cap(const char *t, size_t lo, size_t pos);
int ex_exempted_from(const char *t, size_t start, size_t end, size_t hi);
int ex_maker_goods(const struct ex_ctx *ctx, size_t lo, size_t hi, size_t e);
int ex_told_levy_goods(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, int actor);
int ex_entry_rate(const char *t, size_t lo, size_t anchor);
int ex_behind_word(const char *t, size_t lo, size_t pos, const char *w, size_t n,
    const struct ex_word *skip, size_t nskip, int maxw);
size_t ex_member_tariffs(const struct ex_ctx *ctx, size_t lo, size_t hi, int *objs, size_t n,
    int measure_object);
/* ex_clause_frames - the frames of clause [cs,ce): anchors, measures, actions. */
size_t ex_clause_frames(const struct ex_ctx *ctx, size_t cs, size_t ce, struct ex_frame *fr,
    size_t max);

/* ex_effect_ahead - 1 if an effect or start cue in [s,e) is followed by a time to come with no day ("takes effect next month"). */
int ex_effect_ahead(const struct ex_ctx *ctx, size_t s, size_t e);
/* ex_yearly_amount - 1 if an amount in [lo,hi) is a yearly rate ("500,000 tonnes a year"). */
int ex_by_as_of(const struct ex_ctx *ctx, size_t s, const struct when_match *wm);
int ex_yearly_amount(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi);
/* ex_note_yearly - keep the yearly amounts among ctx->qty[0..nq) (text offsets) in
 * ctx->yearly, each once, for the passes that ask whether an amount is told
 * elsewhere as a yearly rate (no second reading of the text). */
void ex_note_yearly(struct ex_ctx *ctx, size_t nq);
/* ex_sentence_scan - dates and amounts of sentence [s,e), once, when a statement needs them. */
void ex_sentence_scan(struct ex_ctx *ctx, size_t s, size_t e, size_t *nw, size_t *nq, int *done);

/* ex_less_buying - where a lowering verb on buying stands in [lo,hi) ("cut purchases of"), else hi. */
size_t ex_less_buying(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_pronoun_object - 1 if "them"/"it" then "on"/"for" follow p: "eliminate them on beef". */
int ex_pronoun_object(const char *t, size_t p, size_t e);
/* ex_goods_noun - 1 if object mention x ends with a buying noun ("energy purchases"). */
int ex_goods_noun(const struct ex_ctx *ctx, const struct ex_mention *x);
/* ex_goods_anaphor - goods named with a buying noun ("The energy purchases are
 * on track") report on the purchases of those goods told before (ex_anaphor). */
int ex_goods_anaphor(struct ex_ctx *ctx, size_t s, size_t e, size_t cs, size_t hi, int history,
    size_t *nw, size_t *nq, int *scanned);
/* ex_money_progress - money of projects told announced or approved ("projects
 * worth $64 billion have been announced") puts the investment told before to
 * work (ex_anaphor as a "deploy" verb, extract_frame.c). */
int ex_money_told(const char *t, size_t lo, size_t hi);
int ex_money_progress(struct ex_ctx *ctx, size_t s, size_t e, size_t cs, size_t hi, int history,
    size_t *nw, size_t *nq, int *scanned);
/* ex_rate_anaphor - a tariff noun named by the rate a cut set ("The 15% tariff
 * on Korean cars took effect") reports on that cut (extract_frame.c). */
int ex_rate_anaphor(struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t cs,
    size_t hi, int history, size_t *nw, size_t *nq, int *scanned);
/* ex_flow_progress - a delivery under way ("Shipments have started") as progress of
 * the latest purchases before it; -1 on OOM. */
int ex_flow_progress(struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t cs,
    size_t hi, int history, size_t *nw, size_t *nq, int *scanned);

/* ex_anaphor_may - 0 if ex_anaphor(ctx, f, s, ..., cs, ...) can name no earlier statement. */
int ex_anaphor_may(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t cs);

/* ex_anaphor - statements for a verb noun or pronoun naming earlier ones; -1 on OOM. */
int ex_anaphor(struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t e, size_t cs,
    size_t hi, int history, size_t *nw, size_t *nq, int *scanned);

/* ex_back_to_rate - 1 if the percent at qs has "back to" before it (a
 * determiner or "baseline" between), no further back than lo. */
int ex_back_to_rate(const char *t, size_t qs, size_t lo);
/* ex_removed_rate - the rate after a tariff removal at f into *q (0 percent), unless
 * *q is a new rate the clause gives or the sentence, ending at e, tells a rate left
 * (or, the removal done, a rate goods now pay). */
void ex_removed_rate(const struct ex_ctx *ctx, const struct ex_frame *f, size_t nq, size_t hi,
    size_t e, int done, struct quantity *q);

/* ex_same_objects - the goods "the same access" of frame f repeats from the latest
 * statement of the same action before it; indexes into out (at most max). */
size_t ex_same_objects(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi, int *out, size_t max);

/* ex_over_cause - 1 if the verb noun at anchor follows "over": a cause, no act. */
int ex_over_cause(const char *t, size_t lo, size_t anchor, size_t anchor_end);

/* ex_given_measure - 1 if the measure at anchor is given ("gives Nvidia the nod to
 * sell"), 2 if by a past verb ("gave"). */
int ex_given_measure(const char *t, size_t lo, size_t anchor);

/* ex_answered_end - where "against" opens another party's tariff that the
 * frame's tariff answers in [lo,hi) ("countermeasures against US tariffs on
 * steel"), else hi: its goods are no objects of the frame. */
size_t ex_answered_end(const struct ex_ctx *ctx, size_t lo, size_t hi);
/* ex_measure_find - the measure kind called name, or -1: a walk over the kinds. */
int ex_measure_find(const struct rules *r, const char *name);
/* ex_measure_index - the measure kind called name, or -1.  For a name of
 * RULES_MEASURE_NAMES, the index rules_load kept: each call passes a string
 * literal, so the compiler folds the strcmp chain away and the call is one load
 * (108 K calls on the dense slice); any other name walks the kinds. */
static inline __attribute__((always_inline)) int
ex_measure_index(const struct rules *r, const char *name)
{
#define EX_MEASURE_NAMED(id, s) \
	if (strcmp(name, s) == 0) \
		return r->measure_named[RULES_M_##id];
	RULES_MEASURE_NAMES(EX_MEASURE_NAMED)
#undef EX_MEASURE_NAMED
	return ex_measure_find(r, name);
}

/* ex_rate_change - 1 if frame f is the verbless "down from" of a rate. */
int ex_rate_change(const char *t, const struct ex_frame *f);

/* ex_definite_measure - 1 if the measure of verb frame f in [anchor,hi) opens with "the", "its", "their". */
int ex_definite_measure(const struct ex_ctx *ctx, const struct ex_frame *f, size_t hi);
/* ex_cap_cue - which cap cue ("cap", "more than", "worse than", ...) trigger text [pos,end) holds, 1-based; 0 for none. */
int ex_cap_cue(const char *t, size_t pos, size_t end);
/* ex_the_levy - where the goods of "the levy" of frame f begin (ending at *hi_out), read back in the sentence from s; EX_NOPOS. */
size_t ex_the_levy(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, size_t hi, size_t *hi_out);
/* ex_which_goods - the goods before ", on which" that the verb at anchor stands after. */
size_t ex_which_goods(const struct ex_ctx *ctx, size_t s, size_t anchor, size_t *end_out);

/* ex_halted_buying - 1 if a stopping verb right before anchor takes the buying verb there. */
int ex_halted_buying(const struct ex_ctx *ctx, size_t lo, size_t anchor);

/* ex_fold_subsumed - statements about a general measure join the specific one named. */
void ex_fold_subsumed(struct ex_ctx *ctx);

/* ex_exempt_part - 1 if f tells some goods (not all, not a party) exempt from the
 * general "tariffs" object: a carve-out, not the commitment's rate. */
int ex_exempt_part(const struct ex_ctx *ctx, const struct ex_frame *f, size_t s, int object);

/* ex_zero_percent - q becomes 0 percent. */
void ex_zero_percent(struct quantity *q);

/* ex_rate_by - the rate after a cut stated by how much ("by half", "by 20 percentage
 * points", none for "by 10 percent" alone) into *q, from the rate [lo,hi) names. */
void ex_rate_by(const struct ex_ctx *ctx, size_t nq, size_t lo, size_t hi, struct quantity *q);
/* ex_follow_quantity - the amount of a deal's instrument in a sentence with no statement
 * ("letters of intent worth $2 billion for US corn") quantifies earlier ones. */
void ex_follow_quantity(struct ex_ctx *ctx, size_t s, size_t e);
/* ex_list_date - the date a list's opening gives its items ("From today:", "From 1
 * January:", "Effective Monday:") into out; 1 if one. */
int ex_list_date(struct ex_ctx *ctx, size_t s, size_t e, char out[11]);
/* ex_follow_baseline - a sentence with no statement of its own, or whose own statements
 * (from n0) are cuts at that same rate, that says a baseline rate "still" or "now"
 * applies lends it to the tariff removals before n0 told as going to zero. */
void ex_follow_baseline(struct ex_ctx *ctx, size_t s, size_t e, size_t n0);
/* ex_would_terms - statements of [s,e) from n0 on pledged only by a bare "would" that goes
 * on telling a plan named before it become proposed (extract_status.c). */
void ex_would_terms(struct ex_ctx *ctx, size_t s, size_t e, size_t n0);
/* ex_follow_deadline - a "by" date in a sentence with no statement dates earlier ones. */
void ex_follow_deadline(struct ex_ctx *ctx, size_t s, size_t e);

/* extract_merge.c: one entry per key */
/* ex_blanket_apply - give each statement a whole-deal outcome that covers it. */
void ex_blanket_apply(struct ex_ctx *ctx);

/* ex_emit - fold the statements into one commitment per key. */
int ex_emit(struct ex_ctx *ctx, struct extraction *out);

/* ex_sentence_next - the end of the sentence that starts at s, cut within
 * EX_SENTENCE_MAX bytes (extract.c). */
size_t ex_sentence_next(const struct rules *rules, const char *body, size_t len, size_t s);
/* ex_sentence_after - ex_sentence_next for ctx's text, from the ends ex_extract
 * kept (extract.c). */
size_t ex_sentence_after(const struct ex_ctx *ctx, size_t s);

#endif /* TW_EXTRACT_INT_H */
