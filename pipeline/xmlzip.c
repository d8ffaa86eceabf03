/* xmlzip.c - libzip reading and writing, and the libxml2 safety set-up,
 * for the REFI-QDA modules (see xmlzip.h).
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <zip.h>
#include <libxml/parser.h>

#include "xmlzip.h"
#include "xalloc.h"
#include "banned.h"

/* ------------------------------------------------------------ XML */

static xmlParserInputPtr no_entity_loader(const char *url, const char *id,
					  xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void xml_init_once(void)
{
	xmlInitParser();
	xmlSetExternalEntityLoader(no_entity_loader);
}

void xmlzip_xml_init(void)
{
	pthread_once(&xml_once, xml_init_once);
}

/* ------------------------------------------------------------ reading */

struct xmlzip_reader {
	zip_t *za;
	char **names;
	size_t n;
	char what[128];
};

/* A name that may not be extracted anywhere: absolute, drive-lettered,
 * climbing out with "..", with '\\' (Windows separators hide "..") or
 * control bytes. */
static const char *bad_name(const char *nm)
{
	if (!nm[0])
		return "an empty entry name";
	if (nm[0] == '/')
		return "an absolute entry name";
	if (((nm[0] | 0x20) >= 'a' && (nm[0] | 0x20) <= 'z') && nm[1] == ':')
		return "a drive-letter entry name";
	for (const char *p = nm; *p; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return "control characters in an entry name";
		if (*p == '\\')
			return "a backslash in an entry name";
	}
	for (const char *p = nm; *p;) {
		const char *e = strchr(p, '/');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == 2 && p[0] == '.' && p[1] == '.')
			return "an entry name climbing out with '..' (path traversal)";
		p += l + (e != NULL);
	}
	return NULL;
}

int xmlzip_open(struct xmlzip_reader **out, const void *bytes, size_t len, const char *what,
		size_t max_entries, struct lt_diag *d)
{
	*out = NULL;
	if (len < 4 || memcmp(bytes, "PK", 2) != 0)
		return lt_diag_set(d, LT_EINPUT, "%s: not a ZIP archive (no ZIP signature)", what);
	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *src = zip_source_buffer_create(bytes, len, 0, &ze);
	zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	if (!za) {
		int rc = lt_diag_set(d, LT_EINPUT, "%s: damaged ZIP archive: %s", what,
				     zip_error_strerror(&ze));
		zip_source_free(src);
		zip_error_fini(&ze);
		return rc;
	}
	zip_error_fini(&ze);
	zip_int64_t n = zip_get_num_entries(za, 0);
	if (n < 0 || (uint64_t)n > max_entries) {
		zip_discard(za);
		return lt_diag_set(d, LT_EINPUT, "%s: %lld entries, more than the %zu accepted",
				   what, (long long)n, max_entries);
	}
	struct xmlzip_reader *z = xcalloc(1, sizeof(*z));
	z->za = za;
	snprintf(z->what, sizeof(z->what), "%s", what);
	z->names = xcalloc((size_t)n + 1, sizeof(char *));
	for (zip_int64_t i = 0; i < n; i++) {
		const char *nm = zip_get_name(za, (zip_uint64_t)i, ZIP_FL_ENC_RAW);
		const char *why = nm ? bad_name(nm) : "an unreadable entry name";
		if (why) {
			int rc = lt_diag_set(d, LT_EINPUT, "%s: %s ('%.80s'): a hostile or damaged "
					     "archive, not read", what, why, nm ? nm : "");
			xmlzip_close(z);
			return rc;
		}
		z->names[i] = xstrdup(nm);
		z->n++;
	}
	*out = z;
	return LT_OK;
}

void xmlzip_close(struct xmlzip_reader *z)
{
	if (!z)
		return;
	for (size_t i = 0; i < z->n; i++)
		free(z->names[i]);
	free(z->names);
	zip_discard(z->za);
	free(z);
}

size_t xmlzip_count(const struct xmlzip_reader *z)
{
	return z->n;
}

const char *xmlzip_name(const struct xmlzip_reader *z, size_t i)
{
	return z->names[i];
}

size_t xmlzip_find(const struct xmlzip_reader *z, const char *name)
{
	for (size_t i = 0; i < z->n; i++)
		if (strcasecmp(z->names[i], name) == 0)
			return i;
	return SIZE_MAX;
}

int xmlzip_read(struct xmlzip_reader *z, size_t i, uint64_t cap, char **buf, size_t *len,
		struct lt_diag *d)
{
	*buf = NULL;
	*len = 0;
	const char *nm = z->names[i];
	zip_stat_t st;
	zip_stat_init(&st);
	uint64_t comp = 0;
	if (zip_stat_index(z->za, i, 0, &st) == 0) {
		if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
			return lt_diag_set(d, LT_EINPUT, "%s: entry '%s' is encrypted: not read",
					   z->what, nm);
		if ((st.valid & ZIP_STAT_SIZE) && st.size > cap)
			return lt_diag_set(d, LT_ELIMIT, "%s: entry '%s' inflates to %llu bytes, more "
					   "than the %llu accepted: a zip bomb or an oversized "
					   "file, not read", z->what, nm, (unsigned long long)st.size,
					   (unsigned long long)cap);
		if ((st.valid & ZIP_STAT_COMP_SIZE) && (st.valid & ZIP_STAT_COMP_METHOD) &&
		    st.comp_method != ZIP_CM_STORE)
			comp = st.comp_size ? st.comp_size : 1;
	}
	zip_file_t *zf = zip_fopen_index(z->za, i, 0);
	if (!zf)
		return lt_diag_set(d, LT_EINPUT, "%s: cannot open entry '%s': %s", z->what, nm,
				   zip_strerror(z->za));
	size_t cap_b = 4096, n = 0;
	char *b = xmalloc(cap_b);
	int rc = LT_OK;
	for (;;) {
		if (cap_b - n < 65536 + 1) {
			while (cap_b - n < 65536 + 1)
				cap_b = xmul(cap_b, 2);
			b = xrealloc(b, cap_b);
		}
		zip_int64_t k = zip_fread(zf, b + n, 65536);
		if (k < 0) {
			rc = lt_diag_set(d, LT_EINPUT, "%s: cannot inflate entry '%s': %s", z->what,
					 nm, zip_file_strerror(zf));
			break;
		}
		if (k == 0)
			break;
		n += (size_t)k;
		if (n > cap) {
			rc = lt_diag_set(d, LT_ELIMIT, "%s: entry '%s' inflates to more than %llu "
					 "bytes: a zip bomb or an oversized file, not read", z->what,
					 nm, (unsigned long long)cap);
			break;
		}
		if (comp && n > XMLZIP_RATIO_MIN && n / XMLZIP_RATIO_MAX > comp) {
			rc = lt_diag_set(d, LT_ELIMIT, "%s: entry '%s' inflates more than %d times "
					 "its compressed size: a zip bomb, not read", z->what, nm,
					 XMLZIP_RATIO_MAX);
			break;
		}
	}
	zip_fclose(zf);
	if (rc < 0) {
		free(b);
		return rc;
	}
	b[n] = '\0';
	*buf = b;
	*len = n;
	return LT_OK;
}

/* ------------------------------------------------------------ writing */

struct xmlzip_writer {
	zip_t *za;
	char *path;
};

int xmlzip_create(struct xmlzip_writer **out, const char *path, struct lt_diag *d)
{
	*out = NULL;
	int err = 0;
	zip_t *za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
	if (!za) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, err);
		int rc = lt_diag_set(d, LT_EIO, "cannot create '%s': %s", path,
				     zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return rc;
	}
	struct xmlzip_writer *w = xcalloc(1, sizeof(*w));
	w->za = za;
	w->path = xstrdup(path);
	*out = w;
	return LT_OK;
}

int xmlzip_add(struct xmlzip_writer *w, const char *name, const void *buf, size_t len,
	       int year, int mon, int day, int hour, int min, int sec, struct lt_diag *d)
{
	void *copy = xmalloc(len ? len : 1);
	if (len)
		memcpy(copy, buf, len);
	zip_source_t *src = zip_source_buffer(w->za, copy, len, 1);
	if (!src) {
		free(copy);
		return lt_diag_set(d, LT_EIO, "'%s': %s", w->path, zip_strerror(w->za));
	}
	zip_int64_t i = zip_file_add(w->za, name, src, ZIP_FL_ENC_UTF_8);
	if (i < 0) {
		zip_source_free(src);
		return lt_diag_set(d, LT_EIO, "'%s': cannot add '%s': %s", w->path, name,
				   zip_strerror(w->za));
	}
	if (year < 1980)
		year = 1980, mon = 1, day = 1, hour = min = sec = 0;
	const zip_uint16_t dtime = (zip_uint16_t)((hour << 11) | (min << 5) | (sec / 2));
	const zip_uint16_t ddate = (zip_uint16_t)(((year - 1980) << 9) | (mon << 5) | day);
	if (zip_set_file_compression(w->za, (zip_uint64_t)i, ZIP_CM_DEFLATE, 9) < 0 ||
	    zip_file_set_dostime(w->za, (zip_uint64_t)i, dtime, ddate, 0) < 0)
		return lt_diag_set(d, LT_EIO, "'%s': %s", w->path, zip_strerror(w->za));
	return LT_OK;
}

int xmlzip_commit(struct xmlzip_writer *w, struct lt_diag *d)
{
	int rc = LT_OK;
	if (zip_close(w->za) < 0) {
		rc = lt_diag_set(d, LT_EIO, "cannot write '%s': %s", w->path, zip_strerror(w->za));
		zip_discard(w->za);
	}
	free(w->path);
	free(w);
	return rc;
}

void xmlzip_discard(struct xmlzip_writer *w)
{
	if (!w)
		return;
	zip_discard(w->za);
	free(w->path);
	free(w);
}
