/*
 * gen_corpus.c - seeded synthetic interview/meeting transcripts for benchmarks.
 *
 *   gen_corpus --out DIR --mb N [--seed S] [--files K] [--vocab V]
 *
 * Writes DIR/NNN/tNNNNNN.txt (1000 files per folder) totalling N * 10^6
 * bytes (within a few bytes per file) plus DIR/metadata.csv, and prints one
 * summary line. Standalone: libc only, nothing from pipeline/.
 *
 * Model and parameters:
 * - Randomness: xoshiro256** seeded through splitmix64; the master stream
 *   (seed) draws file sizes, file i has its own stream (seed, i). Sampling
 *   is integer-only (no floating point, no locale, no libc rand), so the
 *   same arguments give byte-identical output on any machine. Never make
 *   two draws in one expression or argument list: their order is
 *   unspecified and gcc and clang differ (?: and separate statements are
 *   fine).
 * - File sizes: discrete log-normal, sigma 0.6 (log2 step 1/32, Irwin-Hall
 *   normal), clipped to [median/5.6, median*3.6]; the K sizes are scaled to
 *   sum exactly to N MB. K = N MB / 40 KB unless --files gives it, which
 *   gives about 5 KB..125 KB around a 40 KB mean by default.
 * - Vocabulary: V (default 50,000) word types, Zipf with exponent 1 from an
 *   integer cumulative table (w_r = C / r) and a 64K-bucket guide table.
 *   Ranks 1..~360 are English function/common words (contractions with
 *   ASCII apostrophes); then ~2,200 NHS management content words (nouns,
 *   verb and adverb inflections, acronyms) alternate with pseudo-words made
 *   from syllables; six curly-apostrophe contractions sit at ranks
 *   5,000..40,000; the rest are pseudo-words. The vocabulary does not
 *   depend on the seed. Pseudo-words never start with a lexicon root.
 * - Documents: 65% interviews (an interviewer plus 1-2 interviewees), 35%
 *   meetings (3-6 speakers, sometimes a facilitator). Labels: P-codes,
 *   "Dr Okafor", full names, role titles, Q/A; 25% of files prefix each
 *   turn with [hh:mm:ss]. Turn length is geometric (interviewee mean
 *   45-80 words, meetings 20-50, capped at 300) with backchannels
 *   ("Mm-hm."); sentences are 2 + geometric(mean 10) words. Per word slot:
 *   1.5% a lexicon item (trust, role, tension, resolution, organisational
 *   "Trust"; 15% of them after a negator, 4% after a negator that is just
 *   out of scope), 3% a hesitation, 7% a comma after it. About 17% of
 *   sentence breaks start a continuation line, 4% of files hard-wrap at
 *   70-99 columns, some files put blank lines between turns.
 * - Non-ASCII: accented names, curly quotes, en dashes and ellipses in
 *   about 1 line in 400-500; always valid UTF-8 with LF line ends.
 * - "words" in the summary counts whitespace-separated words, as wc -w.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define GC_EXIT_USAGE 2
#define GC_EXIT_IO 4

#define DEFAULT_SEED 42
#define DEFAULT_VOCAB 50000
#define MEAN_FILE_BYTES 40000
#define MIN_MEAN_FILE_BYTES 1000
#define MAX_MB 100000
#define FILES_PER_DIR 1000
#define VOCAB_SEED 0x6c65787461620001ULL /* fixed: same words for every --seed */

/* rates in parts per million */
#define PPM 1000000u
#define P_LEX 15000u          /* word slot is a lexicon item */
#define P_HES 30000u          /* word slot is a hesitation */
#define P_REPEAT 3000u        /* disfluent repetition ("the the") */
#define P_COMMA 70000u        /* comma after a word */
#define P_SEMI 2000u          /* semicolon after a word */
#define P_DASH 3000u          /* ASCII " - " after a word */
#define P_NEGATE 150000u      /* lexicon item preceded by a negator */
#define P_NEAR_NEG 40000u     /* ... by a negator out of scope */
#define P_UNICODE 700u        /* per sentence: a non-ASCII event */
#define P_ANNOT 4000u         /* per sentence: [laughs], [inaudible] ... */
#define P_TRAIL 15000u        /* sentence ends with "..." */
#define P_QUESTION 50000u     /* interviewee sentence ends with "?" */
#define P_CONT_LINE 170000u   /* sentence break starts a continuation line */
#define P_ACCENT_NAME 3000u   /* a label name is taken from the accented pool */

/* ------------------------------------------------------------------ */
/* Random numbers                                                     */
/* ------------------------------------------------------------------ */

struct rng {
	uint64_t s[4];
};

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Stream 'stream' of 'seed': the stream number is hashed, not added, so
 * the splitmix sequences of neighbouring streams do not overlap. */
static void rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
	uint64_t t = stream;
	uint64_t x = seed ^ splitmix64(&t);
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static uint64_t rotl64(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	const uint64_t result = rotl64(s[1] * 5, 7) * 9;
	const uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl64(s[3], 45);
	return result;
}

/* Uniform in [0, n), n >= 1, by multiply-shift of the top 32 bits. */
static uint32_t rng_below(struct rng *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static int rng_ppm(struct rng *r, uint32_t ppm)
{
	return rng_below(r, PPM) < ppm;
}

/* Geometric on 1..max with the given mean (success chance 1/mean). */
static unsigned rng_geom(struct rng *r, unsigned mean, unsigned max)
{
	unsigned n = 1;

	while (n < max && rng_below(r, mean) != 0)
		n++;
	return n;
}

#define PICK(r, arr) ((arr)[rng_below((r), (uint32_t)(sizeof(arr) / sizeof((arr)[0])))])
#define COUNT(arr) (sizeof(arr) / sizeof((arr)[0]))

/* ------------------------------------------------------------------ */
/* Growable byte buffer                                               */
/* ------------------------------------------------------------------ */

struct buf {
	char *p;
	size_t len, cap;
};

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q) {
		fprintf(stderr, "gen_corpus: fatal: out of memory (%zu bytes)\n", n);
		abort();
	}
	return q;
}

static void buf_reserve(struct buf *b, size_t extra)
{
	size_t c;

	if (b->len + extra <= b->cap)
		return;
	c = b->cap ? b->cap : 4096;
	while (c < b->len + extra)
		c *= 2;
	b->p = xrealloc(b->p, c);
	b->cap = c;
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_putc(struct buf *b, char c)
{
	buf_reserve(b, 1);
	b->p[b->len++] = c;
}

/* Decimal, zero-padded to 'width' digits. */
static void buf_putu(struct buf *b, uint64_t v, int width)
{
	char t[24];
	int n = 0;

	do {
		t[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < width && n < (int)sizeof(t))
		t[n++] = '0';
	while (n)
		buf_putc(b, t[--n]);
}

/* Decimal, zero-padded to 'width' digits, into dst; returns the length. */
static size_t fmt_u(char *dst, uint64_t v, int width)
{
	struct buf b = {0};
	size_t n;

	buf_putu(&b, v, width);
	n = b.len;
	memcpy(dst, b.p, n);
	dst[n] = '\0';
	free(b.p);
	return n;
}

static void buf_release(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

/* ------------------------------------------------------------------ */
/* Word lists                                                         */
/* ------------------------------------------------------------------ */

/* Spoken-English function and common words, roughly by frequency. */
static const char *const function_words[] = {
	"the", "and", "I", "to", "that", "a", "of", "you", "it", "we", "in",
	"is", "was", "so", "they", "but", "it's", "think", "there", "have",
	"not", "on", "be", "for", "what", "this", "with", "know", "just",
	"about", "do", "are", "they're", "don't", "yeah", "that's", "if",
	"at", "as", "or", "all", "there's", "were", "can", "would", "get",
	"people", "like", "one", "some", "very", "really", "because", "mean",
	"going", "been", "from", "then", "them", "more", "when", "well",
	"our", "us", "me", "my", "an", "which", "had", "how", "got", "lot",
	"things", "thing", "time", "actually", "go", "way", "who", "by",
	"out", "up", "no", "can't", "also", "where", "say", "said", "sort",
	"bit", "kind", "much", "see", "other", "any", "make", "need", "now",
	"those", "these", "didn't", "we're", "I'm", "quite", "work", "their",
	"his", "her", "your", "why", "something", "here", "only", "even",
	"still", "right", "being", "same", "different", "little", "good",
	"yes", "want", "come", "over", "into", "than", "back", "always",
	"never", "again", "too", "many", "most", "does", "doing", "done",
	"made", "take", "might", "should", "could", "will", "must", "may",
	"through", "down", "off", "first", "last", "each", "every", "both",
	"own", "another", "such", "few", "less", "before", "after", "while",
	"though", "whether", "until", "since", "against", "between",
	"around", "without", "within", "across", "towards", "he", "she",
	"him", "its", "I've", "you've", "we've", "they've", "I'd", "you'd",
	"we'd", "wouldn't", "couldn't", "shouldn't", "isn't", "wasn't",
	"aren't", "weren't", "doesn't", "haven't", "hasn't", "won't",
	"let's", "he's", "she's", "what's", "you're", "I'll", "we'll",
	"they'll", "okay", "oh", "maybe", "perhaps", "probably", "certainly",
	"obviously", "basically", "generally", "particularly", "especially",
	"usually", "often", "sometimes", "already", "yet", "ever",
	"together", "else", "enough", "whole", "whatever", "anything",
	"everything", "nothing", "someone", "somebody", "everyone",
	"anybody", "nobody", "none", "neither", "nor", "nowhere", "cannot",
	"either", "myself", "ourselves", "themselves", "itself", "yourself",
	"whose", "went", "gone", "getting", "making", "took", "taking",
	"saying", "saw", "coming", "came", "knew", "thought", "thinking",
	"feel", "felt", "feeling", "wanted", "needed", "try", "tried",
	"trying", "look", "looking", "looked", "give", "gave", "given",
	"tell", "told", "ask", "asked", "put", "keep", "kept", "let", "seem",
	"seems", "find", "found", "means", "meant", "happen", "happened",
	"talk", "talking", "understand", "start", "started", "use", "used",
	"call", "called", "bring", "working", "change", "help", "become",
	"leave", "believe", "hear", "heard", "remember", "guess", "suppose",
	"agree", "bad", "big", "small", "new", "old", "important",
	"difficult", "hard", "clear", "sure", "able", "real", "true", "great",
	"long", "high", "best", "better", "next", "main", "wrong", "fine",
	"interesting", "fair", "two", "three", "four", "five", "ten", "year",
	"years", "day", "days", "week", "month", "today", "course", "fact",
	"part", "case", "point", "place", "number", "end", "example",
	"problem", "issue", "question", "level", "area", "idea", "reason",
	"sense", "side", "terms", "term", "stuff", "person", "group",
};

/* Domain words placed first among the content words (highest ranks). */
static const char *const key_words[] = {
	"patients", "clinical", "board", "staff", "targets", "budget",
	"consultant", "consultants", "waiting", "list", "beds", "money",
	"director", "team", "services", "care", "performance", "management",
	"managers", "hospital", "NHS", "A&E", "ward", "nurses", "doctors",
	"meeting", "meetings", "data", "operational", "medical", "finance",
	"clinicians", "division", "executive", "pressure", "trust", "CQC",
	"GP", "theatre", "lists",
};

/* Nouns: "x" takes a regular plural, "x!" none, "x|y" plural y. */
static const char *const nouns[] = {
	"patient", "clinician", "nurse", "doctor", "consultant", "surgeon",
	"physician", "anaesthetist", "radiologist", "registrar", "manager",
	"director", "executive", "chair", "governor", "colleague", "peer",
	"board", "hospital", "ward", "bed", "theatre", "clinic",
	"department", "division", "directorate", "service", "specialty",
	"team", "staff!", "workforce", "rota", "shift", "vacancy", "locum",
	"agency", "budget", "finance!", "cost", "saving", "efficiency",
	"target", "standard", "performance", "quality!", "safety!",
	"incident", "complaint", "risk", "governance!", "audit",
	"inspection", "regulator", "commissioner", "contract", "tariff",
	"income", "deficit", "surplus|surpluses", "plan", "strategy",
	"priority", "agenda", "meeting", "committee", "paper", "report",
	"dashboard", "data!", "metric", "indicator", "outcome", "pathway",
	"referral", "admission", "discharge", "appointment", "list",
	"backlog", "delay", "capacity", "demand", "winter", "flow",
	"emergency", "outpatient", "inpatient", "surgery", "operation",
	"procedure", "diagnosis|diagnoses", "treatment", "care!",
	"community", "practice", "system", "process", "decision", "issue",
	"challenge", "concern", "conversation", "discussion", "email",
	"phone", "office", "corridor", "culture", "behaviour", "attitude",
	"style", "personality", "background", "training!", "experience",
	"career", "job", "post", "position", "recruitment!", "retention!",
	"morale!", "stress!", "burnout!", "workload", "resource", "money!",
	"investment", "bid", "proposal", "project", "programme",
	"initiative", "transformation", "improvement", "innovation",
	"redesign", "model", "structure", "reorganisation", "merger",
	"network", "stakeholder", "council", "union", "representative",
	"view", "opinion", "perspective", "evidence!", "situation",
	"morning", "evening", "weekend", "diary", "minute", "policy",
	"guideline", "protocol", "escalation", "huddle", "handover",
	"bleep", "pager", "cancellation", "trolley", "ambulance",
	"paramedic", "pharmacy", "pharmacist", "therapist", "physio",
	"radiology!", "pathology!", "cardiology!", "oncology!",
	"orthopaedics!", "paediatrics!", "obstetrics!", "medicine!",
	"nursing!", "midwife|midwives", "midwifery!", "matron", "sister",
	"porter", "housekeeper", "estate", "building", "site", "record",
	"letter", "invoice", "spreadsheet", "slide", "presentation",
	"update", "briefing", "action", "vote", "deadline", "timescale",
	"trajectory", "forecast", "baseline", "benchmark", "variance",
	"overspend", "underspend", "allocation", "envelope", "payment",
	"penalty", "incentive", "bonus|bonuses", "salary", "pay!",
	"session", "slot", "template", "utilisation!", "productivity!",
	"throughput!", "length", "stay", "occupancy!", "readmission",
	"mortality!", "infection", "fall", "sepsis!", "cancer", "stroke",
	"dementia!", "frailty!", "diabetes!", "child|children", "family",
	"relative", "carer", "visitor", "media!", "press!", "politician",
	"minister", "government", "region", "locality", "population",
	"patch", "footprint", "neighbour", "competitor", "market",
	"provider", "purchaser", "supplier", "contractor", "consultancy",
	"adviser", "expert", "lawyer", "coroner", "ombudsman|ombudsmen",
	"tribunal", "grievance", "investigation", "review", "inquiry",
	"lesson", "learning!", "feedback!", "survey", "appraisal",
	"revalidation!", "mentor", "coach", "leader", "deputy", "assistant",
	"secretary", "coordinator", "administrator", "clerk", "analyst",
	"accountant", "auditor", "inspector", "engineer", "champion",
	"sponsor", "owner", "lead", "head", "chief", "officer", "member",
	"friend", "boss|bosses", "employer", "employee", "volunteer",
	"student", "trainee", "junior", "fellow", "professor", "lecturer",
	"researcher", "university", "school", "college", "deanery",
	"rotation", "placement", "exam", "qualification", "skill",
	"competence", "competency", "capability", "knowledge!",
	"expertise!", "judgement", "instinct", "emotion", "anger!",
	"anxiety", "fear", "worry", "hope", "ambition", "vision",
	"mission", "value", "principle", "ethos!", "belief", "assumption",
	"expectation", "perception", "reputation", "image", "brand",
	"story", "narrative", "history", "legacy", "tradition", "habit",
	"routine", "norm", "rule", "regulation", "law", "requirement",
	"obligation", "duty", "power!", "influence", "authority",
	"control!", "voice", "seat", "table", "room", "floor", "car",
	"train", "bus|buses", "lunch|lunches", "drink", "text", "message",
	"note", "memo", "document", "file", "folder", "database", "screen",
	"computer", "laptop", "anaesthetic", "scan", "scanner", "x-ray",
	"result", "bloods!", "prescription", "drug", "medication", "dose",
	"device", "equipment!", "kit!", "supply", "stock", "canteen",
	"parking!", "rent", "lease", "property", "space", "bay", "cubicle",
	"lift", "entrance", "reception", "switchboard", "helpline",
	"website", "portal", "app", "upgrade", "outage", "backup",
	"password", "login", "interface", "trial", "study", "journal",
	"conference", "seminar", "workshop", "retreat", "induction",
	"handbook", "manual", "checklist", "form", "consent!",
	"safeguarding!", "advocate", "chaplain", "interpreter", "language",
	"translation", "equality!", "diversity!", "inclusion!",
	"wellbeing!", "sickness!", "absence", "holiday", "overtime!",
	"night", "quarter", "percentage", "figure", "total", "gap",
	"shortfall", "headroom!", "contingency", "reserve", "cash!",
	"capital!", "revenue!", "loan", "debt", "charity", "donation",
	"league", "ranking", "rating", "star", "grade", "score", "award",
	"headline", "journalist", "article", "councillor", "mayor",
};

/* Verbs: "x" regular, "x|3s|past|ing" explicit. */
static const char *const verbs[] = {
	"manage", "deliver", "improve", "discuss", "decide", "support",
	"escalate", "cancel|cancels|cancelled|cancelling", "schedule",
	"prioritise", "review", "report", "measure", "monitor", "fund",
	"invest", "save", "spend|spends|spent|spending",
	"cut|cuts|cut|cutting", "recruit", "retain", "train",
	"lead|leads|led|leading", "attend", "present", "explain", "propose",
	"approve", "reject", "implement", "develop",
	"plan|plans|planned|planning", "admit|admits|admitted|admitting",
	"refer|refers|referred|referring", "treat", "operate", "cope",
	"struggle", "worry", "expect", "involve", "share", "sign", "push",
	"pull", "argue", "complain", "accept", "question", "balance",
	"focus", "drive|drives|drove|driving", "reduce", "increase",
	"achieve", "miss", "meet|meets|met|meeting", "hit|hits|hit|hitting",
	"protect", "allocate", "deal|deals|dealt|dealing", "handle",
	"organise", "arrange", "chase", "book", "run|runs|ran|running",
	"fix", "check", "respond", "reply", "answer", "raise",
	"flag|flags|flagged|flagging", "highlight", "record", "document",
	"capture", "track", "follow", "avoid", "prevent", "allow", "enable",
	"encourage", "persuade", "convince", "insist", "request", "require",
	"offer", "provide", "cover", "fill", "close", "move", "transfer",
	"merge", "split|splits|split|splitting", "combine", "align",
	"integrate", "coordinate", "communicate", "inform", "appoint",
	"hire", "fire", "replace", "lose|loses|lost|losing",
	"win|wins|won|winning", "fail", "succeed", "survive", "perform",
	"compete", "commission", "tender", "procure", "bill", "charge",
	"pay|pays|paid|paying", "earn", "predict", "estimate", "calculate",
	"count", "compare", "learn", "teach|teaches|taught|teaching",
	"grow|grows|grew|growing", "build|builds|built|building", "design",
	"test", "pilot", "launch", "stop|stops|stopped|stopping",
	"continue", "finish", "begin|begins|began|beginning", "wait",
	"delay", "rush", "hurry", "slow", "matter", "notice", "realise",
	"recognise", "acknowledge", "apologise", "thank", "praise",
	"criticise", "attack", "defend", "justify", "describe", "mention",
	"suggest", "recommend", "advise", "warn", "remind", "visit", "walk",
	"sit|sits|sat|sitting", "stand|stands|stood|standing",
	"step|steps|stepped|stepping", "join", "belong", "represent",
	"reflect", "consider", "assume", "wish",
	"prefer|prefers|preferred|preferring",
	"choose|chooses|chose|choosing", "resolve", "apply", "adapt",
	"adjust", "afford", "announce", "appeal", "assess", "assign",
	"benefit", "clarify", "collect", "complete", "confirm", "contact",
	"contribute", "correct", "create", "debate", "define",
	"demonstrate", "deploy", "employ", "ensure", "evaluate", "examine",
	"exceed", "expand", "extend", "face", "gather", "guarantee",
	"identify", "ignore", "indicate", "intervene", "introduce",
	"investigate", "juggle", "maintain", "mitigate",
	"model|models|modelled|modelling", "observe", "obtain",
	"oversee|oversees|oversaw|overseeing", "postpone", "prepare",
	"produce", "promote", "publish", "qualify", "quantify", "react",
	"rebuild|rebuilds|rebuilt|rebuilding", "redeploy", "refuse",
	"regulate", "remove", "repair", "rescue", "restructure", "retire",
	"rotate", "seek|seeks|sought|seeking", "select", "settle",
	"simplify", "solve", "specify", "stabilise", "streamline",
	"strengthen", "submit|submits|submitted|submitting", "summarise",
	"supervise", "transform", "translate", "validate", "vary", "verify",
};

/* Adjectives: "x+" also gives the -ly adverb. */
static const char *const adjectives[] = {
	"clinical+", "operational+", "medical+", "surgical+", "financial+",
	"strategic+", "senior", "acute+", "elective", "urgent+", "safe+",
	"unsafe", "busy", "challenging", "supportive", "effective+",
	"efficient+", "sustainable", "realistic+", "unrealistic", "national+",
	"local+", "regional+", "internal+", "external+", "formal+",
	"informal+", "professional+", "personal+", "political+", "cultural+",
	"structural+", "historical+", "complex", "simple+", "constructive+",
	"positive+", "negative+", "defensive+", "proactive+", "reactive",
	"visible+", "available", "tired", "stressed", "exhausted", "angry",
	"upset", "anxious+", "worried", "nervous+", "calm+", "happy+",
	"unhappy", "pleased", "disappointed", "surprised", "shocked",
	"grateful", "proud", "keen", "reluctant+", "willing", "unwilling",
	"ready", "quick+", "slow+", "fast", "rapid+", "gradual+", "sudden+",
	"immediate+", "current+", "recent+", "previous+", "original+",
	"final+", "initial+", "annual+", "monthly", "weekly", "daily",
	"regular+", "frequent+", "occasional+", "constant+", "huge+",
	"massive+", "enormous+", "significant+", "considerable+", "minor",
	"serious+", "severe+", "critical+", "essential+", "necessary+",
	"vital", "central+", "fundamental+", "typical+", "normal+",
	"average", "excellent", "poor+", "weak+", "strong+", "robust+",
	"fragile", "stable", "unstable", "secure+", "vulnerable",
	"complicated", "straightforward", "obvious", "vague+", "explicit+",
	"implicit+", "direct+", "indirect+", "unfair+", "equal+",
	"similar+", "separate+", "common+", "individual+", "collective+",
	"private+", "corporate", "divisional", "departmental",
	"organisational+", "managerial", "administrative", "technical+",
	"practical+", "theoretical+", "academic+", "scientific+",
	"economic+", "ethical+", "legal+", "moral+", "emotional+",
	"physical+", "mental+", "social+", "human", "elderly", "frail",
	"sick", "ill", "unwell", "long-term", "short-term", "day-to-day",
	"front-line", "high-level", "top-down", "bottom-up", "full+",
	"reasonable+", "responsive", "flexible+", "capable", "competent",
	"accessible", "affordable", "inadequate+", "adequate+",
	"appropriate+", "inappropriate+", "relevant", "specific+", "tricky",
	"awkward+", "sensitive+", "tough", "harsh+", "blunt+", "frank+",
	"polite+", "rude", "friendly", "hostile", "aggressive+", "passive+",
	"cautious+", "careful+", "successful+", "useful", "helpful",
	"unhelpful", "pointless", "meaningful", "genuine+", "overall",
	"broad+", "narrow+", "deep+", "wide+", "light", "heavy+",
};

/* Acronyms, places and days: used as written. */
static const char *const proper_words[] = {
	"GPs", "ED", "ICU", "ITU", "CCG", "CCGs", "ICS", "ICB", "KPI",
	"KPIs", "RTT", "HR", "IT", "COO", "CEO", "MD", "NED", "NEDs", "BMA",
	"NICE", "PFI", "CIP", "CIPs", "Covid", "Brexit", "London",
	"Manchester", "Birmingham", "Leeds", "Bristol", "Monday", "Tuesday",
	"Wednesday", "Thursday", "Friday", "January", "March", "April",
	"September", "October", "December", "4-hour", "18-week",
};

/* Curly-apostrophe contractions, placed deep in the ranking. */
static const char *const curly_words[] = {
	"don\u2019t", "it\u2019s", "I\u2019m", "that\u2019s", "we\u2019re",
	"can\u2019t",
};
static const uint32_t curly_ranks[] = {5000, 8000, 12000, 20000, 30000, 40000};

/* Pseudo-words never start with these (lexicon roots stay controlled). */
static const char *const reserved_prefixes[] = {
	"trust", "distrust", "mistrust", "confid", "reli", "rely", "honest",
	"open", "suspic", "doubt", "faith", "conflict", "tension", "frustr",
	"blam", "pressur", "target", "budget", "push", "resist", "friction",
	"clash", "disagre", "dialog", "relation", "compromis", "collabor",
	"partner", "consens", "negotiat", "role", "board", "consult",
	"account", "respons", "remit", "direct", "execut", "manag", "chief",
	"lead", "silo", "blame", "fight", "battle", "undermin", "agree",
	"listen", "engag", "joint", "mutual", "common", "credib", "respect",
	"integr", "transpar", "belie",
};

static const char *const onsets1[] = {
	"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r",
	"s", "t", "v", "w", "y", "z", "b", "d", "l", "m", "n", "p", "r",
	"s", "t",
};
static const char *const onsets2[] = {
	"br", "cr", "dr", "fr", "gr", "pr", "tr", "bl", "cl", "fl", "gl",
	"pl", "sl", "st", "sp", "sc", "sk", "sm", "sn", "sh", "ch", "th",
	"wh", "qu",
};
static const char *const nuclei1[] = {"a", "e", "i", "o", "u", "a", "e", "i", "o"};
static const char *const nuclei2[] = {"ai", "ea", "ee", "oo", "ou", "ie", "oa", "au"};
static const char *const codas1[] = {"n", "r", "s", "t", "l", "m", "p", "x", "d", "n", "r", "s", "t"};
static const char *const codas2[] = {
	"nd", "nt", "st", "ck", "ng", "rt", "ld", "sh", "th", "ct", "mp", "ns",
};
static const char *const suffixes[] = {
	"s", "ed", "ing", "er", "ly", "ment", "ness", "tion", "al", "ity",
	"ers", "able",
};

/* ------------------------------------------------------------------ */
/* Lexicon language                                                   */
/* ------------------------------------------------------------------ */

static const char *const lex_trust[] = {
	"trust", "trusted", "trusting", "trusts", "trustworthy", "distrust",
	"mistrust", "confidence", "confident", "rely on", "relied on",
	"reliable", "honest", "honesty", "open", "openness", "transparent",
	"transparency", "suspicious", "suspicion", "doubt", "doubts",
	"faith in", "good faith", "credibility", "respect", "integrity",
	"have faith in", "believe in", "trust each other", "let down",
	"keep their word", "hidden agenda", "behind closed doors",
	"trust me", "I trust him", "trust her judgement",
};
static const char *const lex_role[] = {
	"medical director", "clinical director", "chief executive",
	"chief operating officer", "consultant", "consultants", "the board",
	"board", "accountable", "accountability", "responsibility",
	"responsibilities", "remit", "role", "roles", "job description",
	"line manager", "my role", "leadership", "clinical lead",
	"managing director", "director of nursing", "general manager",
	"divisional director", "executive team", "hierarchy", "autonomy",
	"decision making", "sign off", "mandate", "portfolio", "job plan",
	"in charge", "who does what", "role clarity", "boundaries",
	"step on toes", "medical directors", "clinical directors",
};
static const char *const lex_tension[] = {
	"conflict", "conflicts", "tension", "tensions", "frustrated",
	"frustrating", "frustration", "blame", "blamed", "blaming",
	"pressure", "pressures", "targets", "target", "budget", "budgets",
	"pushback", "push back", "resistance", "resist", "us and them",
	"at loggerheads", "friction", "clash", "clashed", "disagreement",
	"disagree", "argument", "undermined", "undermining",
	"power struggle", "battle", "fight", "tug of war",
	"cost improvement", "savings", "cuts", "four hour target", "breach",
	"breaches", "scrutiny", "performance managed", "silos",
	"territorial", "them and us",
};
static const char *const lex_resolution[] = {
	"dialogue", "relationship", "relationships", "shared goals",
	"compromise", "on the same page", "take it offline", "common ground",
	"work together", "working together", "collaboration",
	"collaborative", "partnership", "consensus", "negotiate",
	"negotiation", "mediation", "sit down together", "talk it through",
	"meet halfway", "a way forward", "listen", "listening", "joint",
	"jointly", "mutual respect", "open door", "informal chat",
	"a coffee", "build bridges", "clear the air", "buy-in", "engagement",
	"engage", "win-win", "co-operation", "shared goal",
};
static const char *const lex_org[] = {
	"the Trust board", "foundation trust", "the Trust", "NHS trust",
	"acute trust", "trust board", "across the Trust", "the Trust's",
	"Trust-wide", "the foundation trust", "this Trust",
};
static const char *const negators[] = {
	"not", "not really", "don't really", "never any", "no", "no real",
	"didn't", "wasn't any", "there was never any", "I wouldn't say there's",
	"can't", "without", "without any", "nobody", "there's no", "isn't",
	"never", "haven't got", "cannot", "I don't really",
	"there was no", "I never",
};
/* a negator four or more tokens back, or cut off by a clause end */
static const char *const near_negators[] = {
	"not that there was really any", "No, the", "I don't think it was ever about",
	"never, ever, the", "not because of the", "nobody said that the",
};
static const char *const hesitations[] = {
	"um", "um", "er", "er", "erm", "uh", "you know", "I mean", "sort of",
	"kind of", "like",
};
static const char *const backchannels[] = {
	"Yeah.", "Mm-hm.", "Right.", "Okay.", "Sure.", "Yes.", "No.",
	"Absolutely.", "I see.", "Mm.", "Yeah, yeah.", "Exactly.",
	"Thank you.", "Yes, definitely.", "Right, okay.", "Interesting.",
	"Oh really?", "Sorry?", "Go on.", "Yeah. Yeah.", "Uh-huh.",
};
static const char *const questions[] = {
	"Can you tell me about", "How would you describe",
	"What happens when", "Could you say a bit more about",
	"Why do you think", "How do you", "Do you feel that",
	"And what about", "In your experience, how do you",
	"What would you say about", "How did that", "Would you say",
	"Where does", "Who decides on", "What do you mean by",
	"So how do you handle", "Has that changed",
};
static const char *const annotations[] = {
	"[laughs]", "[laughter]", "[inaudible]", "[crosstalk]", "[pause]",
	"[sighs]", "[coughs]", "[phone rings]", "[redacted]", "[name]",
	"[unclear]",
};

/* ------------------------------------------------------------------ */
/* People, roles, sites                                               */
/* ------------------------------------------------------------------ */

struct role {
	const char *name;
	int physician;
	unsigned weight;
};

static const struct role roles[] = {
	{"Chief Operating Officer", 0, 14},
	{"Managing Director", 0, 8},
	{"Medical Director", 1, 16},
	{"Clinical Director", 1, 22},
	{"Director of Nursing", 0, 12},
	{"General Manager", 0, 14},
	{"Consultant", 1, 14},
};

static const char *const sites[] = {
	"Northgate", "Riverside", "Hillcrest", "Westbrook", "Eastfield",
	"Kingsmead",
};
static const char *const surnames[] = {
	"Okafor", "Patel", "Smith", "Jones", "Williams", "Brown", "Taylor",
	"Davies", "Evans", "Thomas", "Khan", "Ahmed", "Singh", "Chen",
	"Murphy", "O'Brien", "Kowalski", "Mensah", "Adeyemi", "Hughes",
	"Roberts", "Walker", "Wright", "Green", "Hall", "Wood", "Clarke",
	"Campbell", "Fraser", "Shah", "Hussain", "Begum", "Okoro", "Osei",
	"MacLeod", "Kelly", "Byrne", "Morgan", "Price", "Lewis", "Jackson",
	"White", "Harris", "Martin", "Thompson", "Moore", "Allen", "King",
	"Scott", "Baker", "Cooper", "Ward", "Mitchell", "Carter", "Phillips",
	"Rahman", "Iqbal", "Nair", "Menon", "Varga", "Novak", "Lindqvist",
	"Achterberg", "Okonkwo",
};
static const char *const first_names[] = {
	"Sarah", "James", "Helen", "David", "Priya", "Michael", "Anne",
	"Richard", "Claire", "Mark", "Fiona", "Paul", "Rachel", "Andrew",
	"Emma", "Simon", "Louise", "John", "Kate", "Peter", "Nadia", "Omar",
	"Amara", "Chidi", "Wei", "Mei", "Rajesh", "Sunita", "Tom", "Jo",
	"Gareth", "Rhian", "Ewan", "Morag", "Declan", "Niamh", "Ruth",
	"Graham", "Alison", "Stephen",
};
static const char *const accented_first[] = {
	"Jos\u00e9", "Zo\u00eb", "Ng\u1ecdc", "Ren\u00e9e", "Siobh\u00e1n",
	"S\u00f8ren", "Ana\u00efs", "Bj\u00f6rn",
};
static const char *const accented_surnames[] = {
	"\u00c1lvarez", "Nguy\u1ec5n", "M\u00fcller", "Fern\u00e1ndez",
	"Kova\u010d", "Bront\u00eb", "Ond\u0159ej",
};
static const char *const titles_physician[] = {"Dr", "Dr", "Dr", "Dr", "Prof", "Mr", "Ms"};
static const char *const titles_other[] = {"Mr", "Ms", "Mrs", "Ms", "Mr", "Dr", "Miss"};
static const char *const meeting_kinds[] = {
	"divisional board", "operational performance group",
	"clinical leadership forum", "executive team", "winter planning group",
};

/* ------------------------------------------------------------------ */
/* Vocabulary and Zipf sampler                                        */
/* ------------------------------------------------------------------ */

struct vocab {
	struct buf text;        /* the words, back to back */
	uint32_t *off;          /* word i is text.p[off[i]], len[i] bytes */
	uint8_t *len;
	uint32_t n, cap;
	uint32_t *slots;        /* build-time dedup table: index + 1, 0 = empty */
	uint32_t mask;
	uint32_t *cum;          /* cum[i] = w_0 + ... + w_i, w_i = C / (i + 1) */
	uint32_t total;         /* cum[n - 1] */
	uint32_t *guide;        /* guide[k]: first i with cum[i] > k << 16 */
};

static uint32_t hash_bytes(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Adds the word unless it is already there; returns 1 if added. */
static int vocab_add(struct vocab *v, const char *s, size_t n)
{
	uint32_t i = hash_bytes(s, n) & v->mask;

	if (n == 0 || n > 255 || v->n >= v->cap)
		return 0;
	while (v->slots[i]) {
		const uint32_t w = v->slots[i] - 1;

		if (v->len[w] == n && memcmp(v->text.p + v->off[w], s, n) == 0)
			return 0;
		i = (i + 1) & v->mask;
	}
	v->slots[i] = v->n + 1;
	v->off[v->n] = (uint32_t)v->text.len;
	v->len[v->n] = (uint8_t)n;
	buf_add(&v->text, s, n);
	v->n++;
	return 1;
}

static int ends_with(const char *s, size_t n, const char *suf)
{
	const size_t k = strlen(suf);

	return n >= k && memcmp(s + n - k, suf, k) == 0;
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Appends 'stem' + "s" / "es" / "ies" to 'out' as the -s form. */
static void add_s_form(struct buf *out, const char *stem, size_t n)
{
	if (n >= 2 && stem[n - 1] == 'y' && !is_vowel(stem[n - 2])) {
		buf_add(out, stem, n - 1);
		buf_puts(out, "ies");
	} else if (ends_with(stem, n, "s") || ends_with(stem, n, "x") ||
		   ends_with(stem, n, "z") || ends_with(stem, n, "ch") ||
		   ends_with(stem, n, "sh")) {
		buf_add(out, stem, n);
		buf_puts(out, "es");
	} else {
		buf_add(out, stem, n);
		buf_putc(out, 's');
	}
}

static void add_ed_form(struct buf *out, const char *stem, size_t n)
{
	if (n >= 2 && stem[n - 1] == 'y' && !is_vowel(stem[n - 2])) {
		buf_add(out, stem, n - 1);
		buf_puts(out, "ied");
	} else if (stem[n - 1] == 'e') {
		buf_add(out, stem, n);
		buf_putc(out, 'd');
	} else {
		buf_add(out, stem, n);
		buf_puts(out, "ed");
	}
}

static void add_ing_form(struct buf *out, const char *stem, size_t n)
{
	if (n >= 3 && stem[n - 1] == 'e' && stem[n - 2] != 'e')
		buf_add(out, stem, n - 1);
	else
		buf_add(out, stem, n);
	buf_puts(out, "ing");
}

static void add_ly_form(struct buf *out, const char *stem, size_t n)
{
	if (ends_with(stem, n, "le")) {
		buf_add(out, stem, n - 1);
		buf_putc(out, 'y');
	} else if (ends_with(stem, n, "ic")) {
		buf_add(out, stem, n);
		buf_puts(out, "ally");
	} else if (n >= 2 && stem[n - 1] == 'y' && !is_vowel(stem[n - 2])) {
		buf_add(out, stem, n - 1);
		buf_puts(out, "ily");
	} else if (ends_with(stem, n, "ll")) {
		buf_add(out, stem, n);
		buf_putc(out, 'y');
	} else {
		buf_add(out, stem, n);
		buf_puts(out, "ly");
	}
}

/* A word list of NUL-terminated strings in one buffer. */
struct wordlist {
	struct buf text;
	uint32_t *off;
	uint32_t n, cap;
};

static void wl_end(struct wordlist *wl, size_t start)
{
	buf_putc(&wl->text, '\0');
	if (wl->n == wl->cap) {
		wl->cap = wl->cap ? wl->cap * 2 : 256;
		wl->off = xrealloc(wl->off, wl->cap * sizeof(*wl->off));
	}
	wl->off[wl->n++] = (uint32_t)start;
}

static void wl_add(struct wordlist *wl, const char *s, size_t n)
{
	const size_t start = wl->text.len;

	buf_add(&wl->text, s, n);
	wl_end(wl, start);
}

static void wl_release(struct wordlist *wl)
{
	buf_release(&wl->text);
	free(wl->off);
	wl->off = NULL;
	wl->n = wl->cap = 0;
}

static void wl_shuffle(struct wordlist *wl, struct rng *r)
{
	uint32_t i;

	for (i = wl->n; i > 1; i--) {
		const uint32_t j = rng_below(r, i);
		const uint32_t t = wl->off[i - 1];

		wl->off[i - 1] = wl->off[j];
		wl->off[j] = t;
	}
}

/*
 * Content words: base forms (nouns, verbs, adjectives, acronyms) in one
 * shuffled list, inflected forms (plurals, -s/-ed/-ing, -ly) in another.
 */
static void build_content(struct wordlist *bases, struct wordlist *forms)
{
	struct buf tmp = {0};
	size_t i;

	for (i = 0; i < COUNT(nouns); i++) {
		const char *s = nouns[i];
		const char *bar = strchr(s, '|');
		size_t n = strlen(s);

		if (s[n - 1] == '!') {
			wl_add(bases, s, n - 1);
		} else if (bar) {
			wl_add(bases, s, (size_t)(bar - s));
			wl_add(forms, bar + 1, strlen(bar + 1));
		} else {
			wl_add(bases, s, n);
			tmp.len = 0;
			add_s_form(&tmp, s, n);
			wl_add(forms, tmp.p, tmp.len);
		}
	}
	for (i = 0; i < COUNT(verbs); i++) {
		const char *s = verbs[i];
		const char *bar = strchr(s, '|');

		if (bar) {
			const char *p = bar + 1;

			wl_add(bases, s, (size_t)(bar - s));
			while (p) {
				const char *q = strchr(p, '|');
				const size_t n = q ? (size_t)(q - p) : strlen(p);

				wl_add(forms, p, n);
				p = q ? q + 1 : NULL;
			}
		} else {
			const size_t n = strlen(s);

			wl_add(bases, s, n);
			tmp.len = 0;
			add_s_form(&tmp, s, n);
			wl_add(forms, tmp.p, tmp.len);
			tmp.len = 0;
			add_ed_form(&tmp, s, n);
			wl_add(forms, tmp.p, tmp.len);
			tmp.len = 0;
			add_ing_form(&tmp, s, n);
			wl_add(forms, tmp.p, tmp.len);
		}
	}
	for (i = 0; i < COUNT(adjectives); i++) {
		const char *s = adjectives[i];
		size_t n = strlen(s);

		if (s[n - 1] == '+') {
			n--;
			tmp.len = 0;
			add_ly_form(&tmp, s, n);
			wl_add(forms, tmp.p, tmp.len);
		}
		wl_add(bases, s, n);
	}
	for (i = 0; i < COUNT(proper_words); i++)
		wl_add(bases, proper_words[i], strlen(proper_words[i]));
	buf_release(&tmp);
}

static int has_reserved_prefix(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < COUNT(reserved_prefixes); i++) {
		const size_t k = strlen(reserved_prefixes[i]);

		if (n >= k && memcmp(s, reserved_prefixes[i], k) == 0)
			return 1;
	}
	return 0;
}

/* A pronounceable pseudo-word for 'rank'; rarer ranks get longer words. */
static size_t pseudo_word(char *out, size_t cap, uint32_t rank, uint32_t attempt)
{
	struct rng r;
	unsigned n_syl, i;
	size_t n = 0;

	rng_seed(&r, VOCAB_SEED, ((uint64_t)rank << 8) | attempt);
	if (rank < 3000)
		n_syl = 1 + rng_below(&r, 2);
	else if (rank < 15000)
		n_syl = 2 + (rng_below(&r, 3) == 0);
	else
		n_syl = 2 + rng_below(&r, 3) / 2;
	for (i = 0; i < n_syl; i++) {
		const char *parts[3] = {NULL, NULL, NULL};
		const int last = i + 1 == n_syl;
		unsigned k;

		if (i > 0 || rng_below(&r, 5) != 0)
			parts[0] = rng_below(&r, 5) ? PICK(&r, onsets1) : PICK(&r, onsets2);
		parts[1] = rng_below(&r, 5) ? PICK(&r, nuclei1) : PICK(&r, nuclei2);
		if (rng_below(&r, 100) < (last ? 50u : 15u))
			parts[2] = rng_below(&r, 4) ? PICK(&r, codas1) : PICK(&r, codas2);
		for (k = 0; k < 3; k++) {
			const size_t len = parts[k] ? strlen(parts[k]) : 0;

			if (n + len < cap) {
				memcpy(out + n, parts[k] ? parts[k] : "", len);
				n += len;
			}
		}
	}
	if (rng_below(&r, 4) == 0) {
		const char *suf = PICK(&r, suffixes);
		const size_t len = strlen(suf);

		if (n + len < cap) {
			memcpy(out + n, suf, len);
			n += len;
		}
	}
	return n;
}

static void vocab_add_pseudo(struct vocab *v)
{
	char w[64];
	uint32_t attempt;

	for (attempt = 0;; attempt++) {
		const size_t n = pseudo_word(w, sizeof(w), v->n, attempt & 0xff);

		if (n >= 3 && !has_reserved_prefix(w, n) && vocab_add(v, w, n))
			return;
		if (attempt > 100000) {
			fprintf(stderr, "gen_corpus: fatal: cannot make word %u\n", v->n);
			abort();
		}
	}
}

static void vocab_build_table(struct vocab *v)
{
	uint64_t s = 0, c, acc = 0;
	uint32_t i, k, n_guide;

	/* C = (2^32 - 1) / H_n, less 0.2% so that sum floor(C / r) < 2^32 */
	for (i = 1; i <= v->n; i++)
		s += (1ULL << 32) / i;
	c = (0xffffffffULL << 32) / s;
	c -= c / 512;
	v->cum = xrealloc(NULL, (size_t)v->n * sizeof(*v->cum));
	for (i = 0; i < v->n; i++) {
		acc += c / (i + 1);
		if (acc > 0xffffffffULL) {
			fprintf(stderr, "gen_corpus: fatal: Zipf table overflow\n");
			abort();
		}
		v->cum[i] = (uint32_t)acc;
	}
	v->total = (uint32_t)acc;
	n_guide = ((v->total - 1) >> 16) + 1;
	v->guide = xrealloc(NULL, (size_t)n_guide * sizeof(*v->guide));
	for (i = 0, k = 0; k < n_guide; k++) {
		while (v->cum[i] <= (k << 16))
			i++;
		v->guide[k] = i;
	}
}

static void vocab_init(struct vocab *v, uint32_t size)
{
	struct wordlist bases = {0}, forms = {0};
	struct rng r;
	uint32_t nb = 0, nf = 0, n_fn, slot_n = 1024;
	size_t i;

	memset(v, 0, sizeof(*v));
	while (slot_n < 2 * size)
		slot_n *= 2;
	v->slots = xrealloc(NULL, slot_n * sizeof(*v->slots));
	memset(v->slots, 0, slot_n * sizeof(*v->slots));
	v->mask = slot_n - 1;
	v->cap = size;
	v->off = xrealloc(NULL, (size_t)size * sizeof(*v->off));
	v->len = xrealloc(NULL, size);

	for (i = 0; i < COUNT(function_words); i++)
		vocab_add(v, function_words[i], strlen(function_words[i]));
	n_fn = v->n;
	for (i = 0; i < COUNT(key_words); i++)
		vocab_add(v, key_words[i], strlen(key_words[i]));

	build_content(&bases, &forms);
	rng_seed(&r, VOCAB_SEED, 0xc0);
	wl_shuffle(&bases, &r);
	wl_shuffle(&forms, &r);

	/* content and pseudo-words alternate until the content runs out */
	while (v->n < size) {
		const char *s = NULL;

		for (i = 0; i < COUNT(curly_ranks); i++)
			if (curly_ranks[i] == v->n)
				s = curly_words[i];
		if (s) {
			if (!vocab_add(v, s, strlen(s)))
				vocab_add_pseudo(v);
			continue;
		}
		if ((v->n - n_fn) % 2 == 0 && nb + nf < bases.n + forms.n) {
			if (nb < bases.n)
				s = bases.text.p + bases.off[nb++];
			else
				s = forms.text.p + forms.off[nf++];
			vocab_add(v, s, strlen(s));
			continue;
		}
		vocab_add_pseudo(v);
	}
	wl_release(&bases);
	wl_release(&forms);
	free(v->slots);
	v->slots = NULL;
	vocab_build_table(v);
}

static void vocab_release(struct vocab *v)
{
	buf_release(&v->text);
	free(v->off);
	free(v->len);
	free(v->slots);
	free(v->cum);
	free(v->guide);
	memset(v, 0, sizeof(*v));
}

static uint32_t vocab_sample(const struct vocab *v, struct rng *r)
{
	uint32_t u, i;

	do
		u = (uint32_t)(rng_next(r) >> 32);
	while (u >= v->total);
	i = v->guide[u >> 16];
	while (v->cum[i] <= u)
		i++;
	return i;
}

/* ------------------------------------------------------------------ */
/* Transcript writer                                                  */
/* ------------------------------------------------------------------ */

#define MAX_SPEAKERS 6
#define LABEL_CAP 96

struct speaker {
	char label[LABEL_CAP];
	const struct role *role;        /* NULL for an interviewer */
	unsigned mean_turn;             /* mean words per turn */
	unsigned weight;                /* chance to speak next, meetings */
};

struct plan {
	struct speaker sp[MAX_SPEAKERS];
	unsigned n_sp;
	unsigned n_interviewers;        /* the first n_interviewers of sp[] */
	int meeting;
	int timestamps;
	uint32_t blank_ppm;             /* blank line before a turn */
	unsigned wrap;                  /* hard-wrap column, 0 = none */
	const char *site;
};

struct gen {
	struct rng r;
	struct buf out;
	const struct vocab *v;
	size_t target;                  /* stop once out.len reaches it */
	size_t line_start;              /* offset of the current line */
	unsigned wrap;
	unsigned clock;                 /* seconds, for [hh:mm:ss] */
	int glue;                       /* next word without a separator */
	int cap_next;                   /* capitalise the next word */
	int done;
};

static void emit_word(struct gen *g, const char *s, size_t n)
{
	struct buf *b = &g->out;
	const unsigned char c0 = (unsigned char)s[0];

	buf_reserve(b, n + 2);
	if (!g->glue) {
		if (g->wrap && b->len > g->line_start &&
		    b->len - g->line_start + 1 + n > g->wrap) {
			b->p[b->len++] = '\n';
			g->line_start = b->len;
		} else {
			b->p[b->len++] = ' ';
		}
	}
	g->glue = 0;
	memcpy(b->p + b->len, s, n);
	if (g->cap_next) {
		if (c0 >= 'a' && c0 <= 'z')
			b->p[b->len] = (char)(c0 - 'a' + 'A');
		/* an opening quote or bracket passes the capital on */
		if (c0 < 0x80 && c0 != '[' && c0 != '"')
			g->cap_next = 0;
	}
	b->len += n;
}

static void emit_phrase(struct gen *g, const char *s)
{
	for (;;) {
		const char *sp = strchr(s, ' ');
		const size_t n = sp ? (size_t)(sp - s) : strlen(s);

		emit_word(g, s, n);
		if (!sp)
			return;
		s = sp + 1;
	}
}

static void emit_punct(struct gen *g, const char *s)
{
	buf_puts(&g->out, s);
}

static void emit_vocab(struct gen *g)
{
	const uint32_t i = vocab_sample(g->v, &g->r);

	emit_word(g, g->v->text.p + g->v->off[i], g->v->len[i]);
}

static void emit_lexicon(struct gen *g)
{
	struct rng *r = &g->r;
	const uint32_t cat = rng_below(r, 100);
	const uint32_t neg = rng_below(r, PPM);
	const char *item;

	if (cat < 5) {
		emit_phrase(g, PICK(r, lex_org));
		return;
	}
	if (cat < 35)
		item = PICK(r, lex_trust);
	else if (cat < 60)
		item = PICK(r, lex_role);
	else if (cat < 83)
		item = PICK(r, lex_tension);
	else
		item = PICK(r, lex_resolution);
	if (neg < P_NEGATE)
		emit_phrase(g, PICK(r, negators));
	else if (neg < P_NEGATE + P_NEAR_NEG)
		emit_phrase(g, PICK(r, near_negators));
	emit_phrase(g, item);
}

static void emit_name(struct gen *g)
{
	struct rng *r = &g->r;

	if (rng_below(r, 3) == 0) {
		emit_word(g, "Dr", 2);
		emit_phrase(g, PICK(r, accented_surnames));
	} else {
		emit_phrase(g, PICK(r, accented_first));
	}
}

enum uni_event { UNI_NONE, UNI_NAME, UNI_QUOTE, UNI_DASH, UNI_ELLIPSIS };

/* A curly-quoted lexicon phrase or a few plain words. */
static void emit_quoted(struct gen *g)
{
	emit_word(g, "\u201c", 3);
	g->glue = 1;
	if (rng_below(&g->r, 2) == 0) {
		emit_phrase(g, rng_below(&g->r, 2) ? PICK(&g->r, lex_tension)
						     : PICK(&g->r, lex_resolution));
	} else {
		unsigned k = 1 + rng_below(&g->r, 4);

		while (k--)
			emit_vocab(g);
	}
	emit_punct(g, "\u201d");
}

/*
 * One sentence of up to n_words word slots, after an optional lead-in
 * (a question stem). Sets g->done once the file has reached its size.
 */
static void gen_sentence(struct gen *g, unsigned n_words, int question, const char *lead)
{
	struct rng *r = &g->r;
	enum uni_event ev = UNI_NONE;
	unsigned ev_pos = 0, i;
	int last_hes = 0;

	g->cap_next = 1;
	if (rng_ppm(r, P_ANNOT)) {
		const char *a = PICK(r, annotations);

		emit_word(g, a, strlen(a));
		g->cap_next = 1;
	}
	if (lead)
		emit_phrase(g, lead);
	if (rng_ppm(r, P_UNICODE)) {
		ev = (enum uni_event)(1 + rng_below(r, 4));
		ev_pos = rng_below(r, n_words);
	}
	for (i = 0; i < n_words; i++) {
		const uint32_t u = rng_below(r, PPM);

		if (ev == UNI_NAME && i == ev_pos)
			emit_name(g);
		else if (ev == UNI_QUOTE && i == ev_pos)
			emit_quoted(g);
		else if (ev == UNI_DASH && i == ev_pos && i > 0)
			emit_word(g, "\u2013", 3);
		last_hes = 0;
		if (u < P_LEX) {
			emit_lexicon(g);
		} else if (u < P_LEX + P_HES) {
			emit_phrase(g, PICK(r, hesitations));
			last_hes = 1;
		} else if (u < P_LEX + P_HES + P_REPEAT) {
			/* disfluent repetition, of short common words only */
			const uint32_t w = vocab_sample(g->v, r) % 40;

			emit_word(g, g->v->text.p + g->v->off[w], g->v->len[w]);
			emit_word(g, g->v->text.p + g->v->off[w], g->v->len[w]);
		} else {
			emit_vocab(g);
		}
		if (g->out.len >= g->target) {
			g->done = 1;
			break;
		}
		if (i + 1 < n_words) {
			const uint32_t p = rng_below(r, PPM);

			if (p < (last_hes ? 4 * P_COMMA : P_COMMA))
				emit_punct(g, ",");
			else if (p < P_COMMA + P_SEMI)
				emit_punct(g, ";");
			else if (p < P_COMMA + P_SEMI + P_DASH)
				emit_word(g, "-", 1);
		}
	}
	if (ev == UNI_ELLIPSIS)
		emit_punct(g, "\u2026");
	else if (question)
		emit_punct(g, "?");
	else if (rng_ppm(r, P_TRAIL))
		emit_punct(g, "...");
	else
		emit_punct(g, rng_ppm(r, P_QUESTION) ? "?" : ".");
}

static void emit_timestamp(struct buf *b, unsigned t)
{
	buf_putc(b, '[');
	buf_putu(b, t / 3600, 2);
	buf_putc(b, ':');
	buf_putu(b, t / 60 % 60, 2);
	buf_putc(b, ':');
	buf_putu(b, t % 60, 2);
	buf_puts(b, "] ");
}

static void gen_turn(struct gen *g, const struct plan *pl, unsigned who, int first)
{
	struct rng *r = &g->r;
	const struct speaker *sp = &pl->sp[who];
	const int interviewer = who < pl->n_interviewers;
	unsigned n_words = 0;

	if (!first && rng_ppm(r, pl->blank_ppm))
		buf_putc(&g->out, '\n');
	g->line_start = g->out.len;
	if (pl->timestamps)
		emit_timestamp(&g->out, g->clock);
	buf_puts(&g->out, sp->label);
	buf_putc(&g->out, ':');
	g->glue = 0;

	if (!first && rng_below(r, 100) < (interviewer ? 18u : 10u)) {
		g->cap_next = 0;
		emit_phrase(g, PICK(r, backchannels));
		n_words = 2;
	} else if (interviewer && !pl->meeting) {
		if (rng_below(r, 4) == 0)
			gen_sentence(g, 1 + rng_below(r, 4), 0, NULL);
		n_words = rng_geom(r, 9, 60);
		if (!g->done)
			gen_sentence(g, n_words, 1, PICK(r, questions));
	} else {
		unsigned left = rng_geom(r, sp->mean_turn, 300), breaks = 0;

		n_words = left;
		while (left && !g->done) {
			unsigned k = 2 + rng_geom(r, 10, 60);

			if (k > left)
				k = left;
			gen_sentence(g, k, 0, NULL);
			left -= k;
			if (left && breaks < 2 && rng_ppm(r, P_CONT_LINE)) {
				if (rng_below(r, 50) == 0)
					buf_putc(&g->out, '\n');
				buf_putc(&g->out, '\n');
				g->line_start = g->out.len;
				g->glue = 1;
				breaks++;
			}
		}
	}
	buf_putc(&g->out, '\n');
	if (g->out.len >= g->target)
		g->done = 1;
	g->clock += 2 + n_words * 2 / 5 + rng_below(r, 5);
}

/* ------------------------------------------------------------------ */
/* Speakers and metadata                                              */
/* ------------------------------------------------------------------ */

enum label_style { LS_PCODE, LS_TITLE, LS_FULL, LS_ROLE, LS_QA };

static void label_set(struct speaker *sp, const char *a, const char *b, const char *c)
{
	const char *parts[3] = {a, b, c};
	size_t n = 0, k;

	for (k = 0; k < 3; k++) {
		size_t len;

		if (!parts[k])
			continue;
		len = strlen(parts[k]);
		if (n + len + 1 >= LABEL_CAP)
			len = LABEL_CAP - 1 - n;
		memcpy(sp->label + n, parts[k], len);
		n += len;
	}
	sp->label[n] = '\0';
}

static const struct role *pick_role(struct rng *r)
{
	unsigned total = 0, u;
	size_t i;

	for (i = 0; i < COUNT(roles); i++)
		total += roles[i].weight;
	u = rng_below(r, total);
	for (i = 0; u >= roles[i].weight; i++)
		u -= roles[i].weight;
	return &roles[i];
}

static const char *pick_surname(struct rng *r)
{
	return rng_ppm(r, P_ACCENT_NAME) ? PICK(r, accented_surnames) : PICK(r, surnames);
}

static const char *pick_first(struct rng *r)
{
	return rng_ppm(r, P_ACCENT_NAME) ? PICK(r, accented_first) : PICK(r, first_names);
}

static int label_taken(const struct plan *pl, unsigned upto, const char *label)
{
	unsigned i;

	for (i = 0; i < upto; i++)
		if (strcmp(pl->sp[i].label, label) == 0)
			return 1;
	return 0;
}

static void make_member(struct rng *r, struct plan *pl, unsigned idx, enum label_style style)
{
	struct speaker *sp = &pl->sp[idx];
	unsigned attempt;

	for (attempt = 0; attempt < 50; attempt++) {
		char code[8];
		const char *given;
		enum label_style st = style;

		if (st != LS_QA && rng_below(r, 100) < 15)
			st = (enum label_style)rng_below(r, 4);
		sp->role = pick_role(r);
		switch (st) {
		case LS_PCODE:
			code[0] = 'P';
			code[1] = (char)('0' + rng_below(r, 5));
			code[2] = (char)('0' + rng_below(r, 10));
			code[3] = '\0';
			if (code[1] == '0' && code[2] == '0')
				code[2] = '1';
			label_set(sp, code, NULL, NULL);
			break;
		case LS_TITLE:
			/* one draw per statement: argument order is unspecified */
			given = sp->role->physician ? PICK(r, titles_physician) : PICK(r, titles_other);
			label_set(sp, given, " ", pick_surname(r));
			break;
		case LS_FULL:
			given = pick_first(r);
			label_set(sp, given, " ", pick_surname(r));
			break;
		case LS_ROLE:
			label_set(sp, sp->role->name, NULL, NULL);
			break;
		case LS_QA:
			label_set(sp, "A", NULL, NULL);
			break;
		}
		if (!label_taken(pl, idx, sp->label))
			return;
	}
	/* practically unreachable: a P-code no other style produces */
	{
		const char code[4] = {'P', '9', (char)('0' + idx), '\0'};

		label_set(sp, code, NULL, NULL);
	}
}

static void make_plan(struct rng *r, struct plan *pl)
{
	enum label_style style;
	unsigned i, n_members;
	const uint32_t u = rng_below(r, 100);

	memset(pl, 0, sizeof(*pl));
	pl->meeting = rng_below(r, 100) < 35;
	pl->timestamps = rng_below(r, 4) == 0;
	pl->site = PICK(r, sites);
	pl->blank_ppm = u < 45 ? PPM : u < 80 ? 100000 : 0;
	pl->wrap = rng_below(r, 100) < 4 ? 70 + rng_below(r, 30) : 0;

	style = (enum label_style)rng_below(r, 4);
	if (!pl->meeting) {
		n_members = rng_below(r, 5) == 0 ? 2 : 1;
		if (n_members == 1 && rng_below(r, 20) == 0)
			style = LS_QA;
		pl->n_interviewers = 1;
		if (style == LS_QA) {
			label_set(&pl->sp[0], "Q", NULL, NULL);
		} else {
			const uint32_t k = rng_below(r, 20);

			label_set(&pl->sp[0], k < 17 ? "Interviewer" : k < 19 ? "Int" : "I",
				  NULL, NULL);
		}
		pl->sp[0].mean_turn = 9;
	} else {
		n_members = 3 + rng_below(r, 4);
		if (rng_below(r, 5) == 0) {
			pl->n_interviewers = 1;
			label_set(&pl->sp[0], "Facilitator", NULL, NULL);
			pl->sp[0].mean_turn = 15;
			pl->sp[0].weight = 2;
			if (n_members == 6)
				n_members = 5;
		}
	}
	pl->n_sp = pl->n_interviewers + n_members;
	for (i = pl->n_interviewers; i < pl->n_sp; i++) {
		make_member(r, pl, i, style);
		pl->sp[i].mean_turn = pl->meeting ? 20 + rng_below(r, 31) : 45 + rng_below(r, 36);
		pl->sp[i].weight = 1 + rng_below(r, 4);
	}
}

static unsigned next_speaker(struct rng *r, const struct plan *pl, unsigned prev, int first)
{
	unsigned total = 0, u, i;

	if (!pl->meeting) {
		const unsigned n_members = pl->n_sp - 1;

		if (first)
			return 0;
		if (prev != 0 && (n_members == 1 || rng_below(r, 10) != 0))
			return 0;
		if (n_members == 1)
			return 1;
		i = 1 + rng_below(r, n_members);
		return i == prev ? (i == 1 ? 2 : 1) : i;
	}
	for (i = 0; i < pl->n_sp; i++)
		if (first || i != prev)
			total += pl->sp[i].weight;
	u = rng_below(r, total);
	for (i = 0; i < pl->n_sp; i++) {
		if (!first && i == prev)
			continue;
		if (u < pl->sp[i].weight)
			return i;
		u -= pl->sp[i].weight;
	}
	return 0;
}

static void meta_row(struct buf *m, const char *doc_id, const struct plan *pl,
		     const struct speaker *sp)
{
	buf_puts(m, doc_id);
	buf_putc(m, ',');
	buf_puts(m, sp->label);
	buf_putc(m, ',');
	if (sp->role) {
		buf_puts(m, sp->role->name);
		buf_puts(m, sp->role->physician ? ",physician," : ",non-physician,");
	} else {
		buf_puts(m, "interviewer,,");
	}
	buf_puts(m, pl->site);
	buf_putc(m, '\n');
}

static void title_line(struct gen *g, const struct plan *pl, uint32_t file_no)
{
	struct buf *b = &g->out;

	if (pl->meeting) {
		buf_puts(b, "Meeting notes, ");
		buf_puts(b, PICK(&g->r, meeting_kinds));
		buf_puts(b, ", ");
		buf_puts(b, pl->site);
	} else {
		buf_puts(b, "Interview ");
		buf_putu(b, file_no % 10000, 4);
		buf_puts(b, ", ");
		buf_puts(b, pl->site);
		buf_puts(b, " site");
	}
	buf_puts(b, "\n\n");
}

/* One transcript of about 'target' bytes into g->out; metadata rows to m. */
static void gen_file(struct gen *g, struct plan *pl, uint32_t file_no, const char *doc_id,
		     struct buf *m)
{
	unsigned who = 0, i;
	int first = 1;

	make_plan(&g->r, pl);
	for (i = 0; i < pl->n_sp; i++)
		meta_row(m, doc_id, pl, &pl->sp[i]);
	g->out.len = 0;
	g->wrap = pl->wrap;
	g->clock = rng_below(&g->r, 20);
	g->done = 0;
	if (rng_below(&g->r, 100) < 8)
		title_line(g, pl, file_no);
	while (!g->done) {
		who = next_speaker(&g->r, pl, who, first);
		gen_turn(g, pl, who, first);
		first = 0;
	}
}

/* ------------------------------------------------------------------ */
/* Files                                                              */
/* ------------------------------------------------------------------ */

static int mkdir_one(const char *path)
{
	struct stat st;

	if (mkdir(path, 0777) == 0)
		return 0;
	if (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	if (errno == EEXIST)
		errno = ENOTDIR;
	return -1;
}

static int mkdir_p(char *path)
{
	char *p;

	for (p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir_one(path) != 0) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return mkdir_one(path);
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		const ssize_t w = write(fd, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int write_file(const char *path, const char *p, size_t n)
{
	const int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	int rc;

	if (fd < 0)
		return -1;
	rc = write_all(fd, p, n);
	if (close(fd) != 0)
		rc = -1;
	return rc;
}

static uint64_t count_words(const char *p, size_t n)
{
	uint64_t words = 0;
	int in_word = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		const unsigned char c = (unsigned char)p[i];
		const int space = c == ' ' || c == '\n' || c == '\t' || c == '\r' ||
				  c == '\v' || c == '\f';

		words += !space && !in_word;
		in_word = !space;
	}
	return words;
}

static const uint32_t pow2_frac[32] = {
	65536, 66971, 68438, 69936, 71468, 73032, 74632, 76266,
	77936, 79642, 81386, 83169, 84990, 86851, 88752, 90696,
	92682, 94711, 96785, 98905, 101070, 103283, 105545, 107856,
	110218, 112631, 115098, 117618, 120194, 122825, 125515, 128263,
};

/*
 * Discrete log-normal weight: e ~ N(0, 27.7) in 1/32 log2 steps (sigma
 * 0.6 in natural log), from an Irwin-Hall sum, clipped to [-80, 59];
 * weight = 2^((e + 96) / 32) in units of 1/256 (no floating point).
 */
static uint64_t size_weight(struct rng *r)
{
	int sum = 0, e, i;
	unsigned k;

	for (i = 0; i < 4; i++)
		sum += (int)rng_below(r, 256);
	e = (sum - 510) * 32 / 171;
	if (e < -80)
		e = -80;
	if (e > 59)
		e = 59;
	k = (unsigned)(e + 96);
	return ((uint64_t)pow2_frac[k & 31] << (k >> 5)) >> 8;
}

/* ------------------------------------------------------------------ */
/* Command line                                                       */
/* ------------------------------------------------------------------ */

static void usage(FILE *f)
{
	fputs("usage: gen_corpus --out DIR --mb N [--seed S] [--files K] [--vocab V]\n"
	      "  --out DIR    output folder (created); DIR/NNN/tNNNNNN.txt + DIR/metadata.csv\n"
	      "  --mb N       total transcript size in MB (10^6 bytes), e.g. 300 or 0.5\n"
	      "  --seed S     random seed, unsigned integer (default 42)\n"
	      "  --files K    number of files (default: one per 40 KB)\n"
	      "  --vocab V    vocabulary size in word types (default 50000)\n"
	      "Same arguments, same bytes. Exit 0 ok, 2 usage error, 4 I/O error.\n",
	      f);
}

static int parse_u64(const char *s, uint64_t *out)
{
	uint64_t v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		const unsigned d = (unsigned)(unsigned char)*s - '0';

		if (d > 9 || v > (UINT64_MAX - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

/* "300", "0.5", "12.25": bytes = N * 10^6, at most six decimals. */
static int parse_mb(const char *s, uint64_t *bytes)
{
	uint64_t whole = 0, frac = 0, scale = 100000;
	int digits = 0;

	for (; *s >= '0' && *s <= '9'; s++, digits++) {
		whole = whole * 10 + (uint64_t)(*s - '0');
		if (whole > MAX_MB)
			return -1;
	}
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
			if (scale == 0)
				return -1;
			frac += (uint64_t)(*s - '0') * scale;
			scale /= 10;
		}
	}
	if (*s || !digits)
		return -1;
	*bytes = whole * 1000000 + frac;
	return *bytes ? 0 : -1;
}

static int usage_error(const char *msg, const char *arg)
{
	if (arg)
		fprintf(stderr, "gen_corpus: error: %s '%s'\n", msg, arg);
	else
		fprintf(stderr, "gen_corpus: error: %s\n", msg);
	usage(stderr);
	return GC_EXIT_USAGE;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"out", required_argument, NULL, 'o'},
		{"mb", required_argument, NULL, 'm'},
		{"seed", required_argument, NULL, 's'},
		{"files", required_argument, NULL, 'f'},
		{"vocab", required_argument, NULL, 'v'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	const char *out_dir = NULL;
	uint64_t total = 0, seed = DEFAULT_SEED, n_files = 0, vocab_size = DEFAULT_VOCAB;
	uint64_t *sizes = NULL, sum_w = 0, q, rem, done_bytes = 0, words = 0;
	struct vocab v;
	struct gen g;
	struct plan pl;
	struct buf meta = {0};
	struct rng master;
	char *path = NULL;
	size_t dir_len;
	int opt, meta_fd = -1, rc = 0, existed;
	uint64_t i;
	struct stat st;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, "o:m:s:f:v:h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'o':
			out_dir = optarg;
			break;
		case 'm':
			if (parse_mb(optarg, &total) != 0)
				return usage_error("--mb wants a positive size in MB up to 100000, not",
						   optarg);
			break;
		case 's':
			if (parse_u64(optarg, &seed) != 0)
				return usage_error("--seed wants an unsigned integer, not", optarg);
			break;
		case 'f':
			if (parse_u64(optarg, &n_files) != 0 || n_files == 0 ||
			    n_files > 10000000)
				return usage_error("--files wants an integer from 1 to 10000000, not",
						   optarg);
			break;
		case 'v':
			if (parse_u64(optarg, &vocab_size) != 0 || vocab_size < 1000 ||
			    vocab_size > 1000000)
				return usage_error("--vocab wants an integer from 1000 to 1000000, not",
						   optarg);
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			return usage_error("unknown option or missing value:", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return usage_error("unexpected argument", argv[optind]);
	if (!out_dir || !*out_dir)
		return usage_error("--out DIR is required", NULL);
	if (!total)
		return usage_error("--mb N is required", NULL);
	if (!n_files)
		n_files = (total + MEAN_FILE_BYTES / 2) / MEAN_FILE_BYTES;
	if (!n_files)
		n_files = 1;
	if (total / n_files < MIN_MEAN_FILE_BYTES)
		return usage_error("files would average under 1000 bytes; lower --files", NULL);

	dir_len = strlen(out_dir);
	path = xrealloc(NULL, dir_len + 64);
	memcpy(path, out_dir, dir_len + 1);
	existed = stat(out_dir, &st) == 0;
	if (mkdir_p(path) != 0) {
		fprintf(stderr, "gen_corpus: error: cannot create '%s': %s\n", out_dir,
			strerror(errno));
		free(path);
		return GC_EXIT_IO;
	}
	memcpy(path + dir_len, "/metadata.csv", 14);
	if (existed && stat(path, &st) == 0)
		fprintf(stderr, "gen_corpus: warning: '%s' already holds a corpus; "
				"files not rewritten by this run are left as they are\n",
			out_dir);
	meta_fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (meta_fd < 0) {
		fprintf(stderr, "gen_corpus: error: cannot create '%s': %s\n", path,
			strerror(errno));
		free(path);
		return GC_EXIT_IO;
	}

	/* file sizes: log-normal weights scaled to sum exactly to 'total' */
	rng_seed(&master, seed, 0);
	sizes = xrealloc(NULL, n_files * sizeof(*sizes));
	for (i = 0; i < n_files; i++) {
		sizes[i] = size_weight(&master);
		sum_w += sizes[i];
	}
	q = total / sum_w;
	rem = total % sum_w;
	for (i = 0; i < n_files; i++) {
		sizes[i] = q * sizes[i] + rem * sizes[i] / sum_w;
		done_bytes += sizes[i];
	}
	for (i = 0; done_bytes < total; i++, done_bytes++)
		sizes[i % n_files]++;
	done_bytes = 0;

	vocab_init(&v, (uint32_t)vocab_size);
	memset(&g, 0, sizeof(g));
	g.v = &v;
	buf_puts(&meta, "doc_id,speaker,role,group,site\n");

	for (i = 0; i < n_files && rc == 0; i++) {
		const uint64_t file_no = i + 1;
		char doc_id[32];
		size_t id_len;

		path[dir_len] = '/';
		if (i % FILES_PER_DIR == 0) {
			fmt_u(path + dir_len + 1, i / FILES_PER_DIR, 3);
			if (mkdir_one(path) != 0) {
				fprintf(stderr, "gen_corpus: error: cannot create '%s': %s\n", path,
					strerror(errno));
				rc = GC_EXIT_IO;
				break;
			}
		}
		id_len = fmt_u(doc_id, i / FILES_PER_DIR, 3);
		doc_id[id_len++] = '/';
		doc_id[id_len++] = 't';
		id_len += fmt_u(doc_id + id_len, file_no, 6);

		rng_seed(&g.r, seed, file_no);
		g.target = (size_t)sizes[i];
		gen_file(&g, &pl, (uint32_t)file_no, doc_id, &meta);

		memcpy(path + dir_len + 1, doc_id, id_len);
		memcpy(path + dir_len + 1 + id_len, ".txt", 5);
		if (write_file(path, g.out.p, g.out.len) != 0) {
			fprintf(stderr, "gen_corpus: error: cannot write '%s': %s\n", path,
				strerror(errno));
			rc = GC_EXIT_IO;
			break;
		}
		done_bytes += g.out.len;
		words += count_words(g.out.p, g.out.len);
		if (meta.len >= (1u << 20)) {
			if (write_all(meta_fd, meta.p, meta.len) != 0) {
				fprintf(stderr, "gen_corpus: error: cannot write metadata.csv: %s\n",
					strerror(errno));
				rc = GC_EXIT_IO;
				break;
			}
			meta.len = 0;
		}
	}
	if (rc == 0 && write_all(meta_fd, meta.p, meta.len) != 0) {
		fprintf(stderr, "gen_corpus: error: cannot write metadata.csv: %s\n",
			strerror(errno));
		rc = GC_EXIT_IO;
	}
	if (close(meta_fd) != 0 && rc == 0) {
		fprintf(stderr, "gen_corpus: error: cannot write metadata.csv: %s\n",
			strerror(errno));
		rc = GC_EXIT_IO;
	}
	if (rc == 0)
		printf("gen_corpus: %llu files, %llu bytes, %llu words, seed %llu\n",
		       (unsigned long long)n_files, (unsigned long long)done_bytes,
		       (unsigned long long)words, (unsigned long long)seed);
	buf_release(&meta);
	buf_release(&g.out);
	vocab_release(&v);
	free(sizes);
	free(path);
	return rc;
}
