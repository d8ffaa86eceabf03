/* xmlzip.h - the ZIP (libzip) and XML-safety layer shared by the REFI-QDA
 * export and import (qdpx_export.c, qdpx_import.c); docx.c keeps its own
 * streaming reader and shares the XML set-up (xmlzip_xml_init).
 *
 * Reading is defensive, for archives from anywhere: every entry name is
 * checked (no absolute paths, no "..", no backslashes or NUL) before
 * anything is read, entries are inflated whole into memory under a size
 * cap and the compression-ratio rule docx.c uses against zip bombs, and
 * nothing is ever written to disk. Writing makes a deterministic archive:
 * entries in the order added, fixed DOS timestamps, deflate.
 *
 * Only this file, docx.c and the qdpx modules see libzip/libxml2 headers
 * (tests/check_deps.sh). Thread-safety: an xmlzip object belongs to one
 * thread; xmlzip_xml_init may be called from any thread (pthread_once).
 */
#ifndef LT_XMLZIP_H
#define LT_XMLZIP_H

#include "lt.h"
#include "diag.h"

/* Inflated / compressed past this ratio, beyond XMLZIP_RATIO_MIN bytes, is a bomb. */
#define XMLZIP_RATIO_MAX 100
#define XMLZIP_RATIO_MIN (4u << 20)

/*
 * libxml2 set-up, once per process: parser initialised, the external
 * entity loader replaced by one that loads nothing (no file, no network).
 * Parsers must still pass XMLZIP_XML_OPTIONS (no DTD loading, no entity
 * substitution) and refuse documents with a DOCTYPE.
 */
void xmlzip_xml_init(void);

struct xmlzip_reader;

/*
 * Open the ZIP held in bytes[0..len) (borrowed until xmlzip_close) and
 * check every entry name. 'what' names the archive in messages
 * ("project.qdpx"). Errors: LT_EINPUT (not a ZIP, damaged, an entry name
 * that is absolute, climbs with "..", or holds '\\' or control bytes, more
 * than max_entries entries). Caller owns *out.
 */
int xmlzip_open(struct xmlzip_reader **out, const void *bytes, size_t len, const char *what,
		size_t max_entries, struct lt_diag *d);
/* Accepts NULL. */
void xmlzip_close(struct xmlzip_reader *z);

/* Number of entries, and the name of entry i (valid until xmlzip_close). */
size_t xmlzip_count(const struct xmlzip_reader *z);
const char *xmlzip_name(const struct xmlzip_reader *z, size_t i);
/* Index of the entry named 'name' (ASCII case ignored), or SIZE_MAX. */
size_t xmlzip_find(const struct xmlzip_reader *z, const char *name);

/*
 * Inflate entry i whole: *buf (NUL-terminated, caller frees) of *len
 * bytes. Errors: LT_ELIMIT (more than cap bytes, or past the ratio rule:
 * a zip bomb), LT_EINPUT (encrypted, damaged). *buf is NULL on error.
 */
int xmlzip_read(struct xmlzip_reader *z, size_t i, uint64_t cap, char **buf, size_t *len,
		struct lt_diag *d);

struct xmlzip_writer;

/*
 * Create (truncate) the archive 'path'; the file appears complete only at
 * xmlzip_commit (libzip writes a temporary file and renames it).
 * Errors: LT_EIO. Caller owns *out (xmlzip_commit or xmlzip_discard).
 */
int xmlzip_create(struct xmlzip_writer **out, const char *path, struct lt_diag *d);
/*
 * Add entry 'name' with a copy of buf[0..len), deflated, dated with the
 * DOS date and time given (UTC fields of the export's date). Errors: LT_EIO.
 */
int xmlzip_add(struct xmlzip_writer *w, const char *name, const void *buf, size_t len,
	       int year, int mon, int day, int hour, int min, int sec, struct lt_diag *d);
/* Write and close the archive; frees w. Errors: LT_EIO. */
int xmlzip_commit(struct xmlzip_writer *w, struct lt_diag *d);
/* Abandon the archive (nothing written); frees w. Accepts NULL. */
void xmlzip_discard(struct xmlzip_writer *w);

#endif /* LT_XMLZIP_H */
