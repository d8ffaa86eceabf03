# lextab - GNU Makefile (STYLE B.10). `make help` lists the targets.
PROG      := lextab
BUILD     ?= build
OPENMP    ?= 1
# the user's knobs; never appended to (a command-line CFLAGS overrides all)
CFLAGS    ?= -O2 -g
LDFLAGS   ?=
CC        ?= cc

# libstemmer and libreadstat ship no .pc file, hence the plain -lstemmer -lreadstat
PKGS      := libpcre2-8 sqlite3 libutf8proc libxxhash libzip libxml-2.0 yaml-0.1
WARN      := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
             -Wpointer-arith -Wcast-qual -Wwrite-strings -Wvla -Wformat=2 -Wundef \
             -Wno-unknown-pragmas
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ifeq ($(PKG_LIBS),)
  PKG_LIBS := -lpcre2-8 -lsqlite3 -lutf8proc -lxxhash -lzip -lxml2 -lyaml
  PKG_CFLAGS := -I/usr/include/libxml2
endif
LT_CFLAGS := -std=c11 -pthread $(WARN) -Ipipeline -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
             $(PKG_CFLAGS)
LT_LIBS   := $(PKG_LIBS) -lstemmer -lreadstat -lm
STEMMER_VERSION := $(shell dpkg-query -W -f='$${Version}' libstemmer-dev 2>/dev/null)
LT_CFLAGS += -DLT_LIBSTEMMER_VERSION='"$(STEMMER_VERSION)"'
LT_LDFLAGS := -pthread

ifeq ($(OPENMP),1)
  LT_CFLAGS  += -fopenmp
  LT_LDFLAGS += -fopenmp
endif
# warnings are errors in CI and in every test build
ifneq ($(DEVELOPER),0)
  LT_CFLAGS += -Werror
endif
ifdef SANITIZE
  LT_CFLAGS  += -O1 -fsanitize=$(SANITIZE) -fno-sanitize-recover=all \
                -fno-omit-frame-pointer -DLT_ARENA_DEBUG
  LT_LDFLAGS += -fsanitize=$(SANITIZE)
else
  LT_CFLAGS  += -D_FORTIFY_SOURCE=2
endif
ifdef COVERAGE
  LT_CFLAGS  += -O0 --coverage
  LT_LDFLAGS += --coverage
endif
ifndef V
  Q_CC = @printf '  CC    %s\n' $@;
  Q_LD = @printf '  LINK  %s\n' $@;
endif

ALL_CFLAGS  = $(LT_CFLAGS) $(CPPFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(LT_LDFLAGS) $(LDFLAGS)
SRCS := $(filter-out pipeline/main.c,$(wildcard pipeline/*.c))
OBJS := $(SRCS:pipeline/%.c=$(BUILD)/%.o)
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_SRCS := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_REPLAY := $(FUZZ_SRCS:tests/fuzz/%.c=$(BUILD)/tests/replay_%)
FUZZ_BINS := $(FUZZ_SRCS:tests/fuzz/%.c=build/fuzz/%)
FLAGS_NOW := $(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(LT_LIBS)

all: $(BUILD)/$(PROG)

$(BUILD)/$(PROG): $(BUILD)/main.o $(BUILD)/liblextab.a
	$(Q_LD)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LT_LIBS)
$(BUILD)/liblextab.a: $(OBJS)
	@rm -f $@; ar rcs $@ $^
$(BUILD)/%.o: pipeline/%.c $(BUILD)/.flags
	$(Q_CC)$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<
# rewritten only when the flags change, so objects rebuild only then
$(BUILD)/.flags: FORCE
	@mkdir -p $(BUILD)/tests; echo '$(FLAGS_NOW)' | cmp -s - $@ || echo '$(FLAGS_NOW)' > $@

$(BUILD)/tests/harness.o: tests/unit/harness.c tests/unit/harness.h $(BUILD)/.flags
	$(Q_CC)$(CC) $(ALL_CFLAGS) -Itests/unit -c -o $@ $<
$(BUILD)/tests/test_%: tests/unit/test_%.c $(BUILD)/tests/harness.o $(BUILD)/liblextab.a
	$(Q_LD)$(CC) $(ALL_CFLAGS) -Itests/unit $(ALL_LDFLAGS) -o $@ $^ $(LT_LIBS)
$(BUILD)/tests/replay_%: tests/fuzz/%.c tests/fuzz/replay.c $(BUILD)/liblextab.a tests/fuzz/fuzz_util.h
	$(Q_LD)$(CC) $(ALL_CFLAGS) -Itests/fuzz $(ALL_LDFLAGS) -o $@ $(filter-out %.h,$^) $(LT_LIBS)
$(BUILD)/tests/gen_corpus: tests/bench/gen_corpus.c $(BUILD)/.flags
	$(Q_LD)$(CC) $(ALL_CFLAGS) -o $@ $< -lm

test-bins: $(BUILD)/$(PROG) $(UNIT_BINS) $(FUZZ_REPLAY) $(BUILD)/tests/gen_corpus

# the whole suite; ends with "N passed, N failed, N skipped"
test: deps
	@$(MAKE) --no-print-directory test-bins
	@BUILD=$(BUILD) tests/run_tests.sh

# `make check`: the whole suite under each checking tool, one after the
# other (each ends with its own "N passed, N failed, N skipped" line):
#  - check-asan: ASan + UBSan with OpenMP on (gcc, libgomp)
#  - check-tsan: ThreadSanitizer (clang, LLVM's libomp and its Archer tool)
#  - valgrind-check: e2e and golden tests under valgrind, OPENMP=0
# The sanitizer runs use CHECK_THREADS workers (more than the cores, so the
# writer thread overlaps matching; tests/e2e/threads.sh adds 1, 2 and 4
# threads on a multi-chunk corpus). A missing tool is a counted skip
# locally and a failure in CI (CI=true).
CHECK_THREADS ?= 4
check:
	@rc=0; for t in check-asan check-tsan valgrind-check; do \
		echo "== make $$t"; $(MAKE) --no-print-directory $$t || rc=1; done; exit $$rc

check-asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan SANITIZE=address,undefined test-bins
	@OMP_NUM_THREADS=$(CHECK_THREADS) BUILD=build/asan tests/run_tests.sh

# libgomp is not built with TSan and its synchronisation is invisible to it
# (false reports); LLVM's libomp is, through the OMPT tool Archer, which the
# runtime loads from OMP_TOOL_LIBRARIES. ignore_noninstrumented_modules=1
# (Archer's documented setting) ignores accesses made inside uninstrumented
# libraries (libomp itself, SQLite, PCRE2): races in our own code are seen.
# -Wno-string-concatenation: clang warns on the deliberately split
# "\xc3\x9f" "e" literals in the unit tests (a hex escape has to end).
LLVM_LIB ?= /usr/lib/llvm-14/lib
ARCHER   ?= $(LLVM_LIB)/libarcher.so
TSAN_ENV := OMP_TOOL_LIBRARIES=$(ARCHER) TSAN_OPTIONS="$(TSAN_OPTIONS) ignore_noninstrumented_modules=1"
check-tsan: deps
	@bash tests/e2e/lib.sh need "make check-tsan (ThreadSanitizer)" clang $(ARCHER) $(LLVM_LIB)/libomp.so; \
	rc=$$?; [ $$rc = 3 ] && exit 0; [ $$rc = 0 ] || exit 1; \
	$(MAKE) --no-print-directory BUILD=build/tsan CC=clang SANITIZE=thread \
		CFLAGS="$(CFLAGS) -Wno-string-concatenation" test-bins && \
	$(TSAN_ENV) OMP_NUM_THREADS=$(CHECK_THREADS) BUILD=build/tsan tests/run_tests.sh

# end-to-end and golden tests under valgrind (OPENMP=0 keeps the runtime's
# noise out); any valgrind error fails the test that met it (exit 99)
valgrind-check: deps
	@bash tests/e2e/lib.sh need "make valgrind-check" valgrind || { [ $$? = 3 ]; exit; }; \
	$(MAKE) --no-print-directory BUILD=build/serial OPENMP=0 test-bins && \
	BUILD=build/serial VALGRIND=1 tests/run_tests.sh e2e golden

demo: deps
	@$(MAKE) --no-print-directory $(BUILD)/$(PROG)
	@BUILD=$(BUILD) tests/demo.sh

# the README's picture of the HTML report (needs chromium)
docs-screenshot: $(BUILD)/$(PROG)
	@BUILD=$(BUILD) tests/docs_screenshot.sh

bench: $(BUILD)/$(PROG) $(BUILD)/tests/gen_corpus
	@BUILD=$(BUILD) tests/bench/bench.sh

# R with tidytext, SnowballC, readr and dplyr for the bench's tidytext peer
bench-deps:
	@tests/bench/deps.sh

# libFuzzer targets (clang); FUZZ_SECONDS per target
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS := -std=c11 -Ipipeline -Itests/fuzz -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
               $(PKG_CFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
               -DLT_ARENA_DEBUG
build/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_util.h $(SRCS)
	@mkdir -p build/fuzz
	$(Q_LD)clang $(FUZZ_CFLAGS) -o $@ $< $(SRCS) $(LT_LIBS)
fuzz: $(FUZZ_BINS)
	@for f in $(FUZZ_BINS); do t=$$(basename $$f); mkdir -p tests/fuzz/corpus/$$t build/fuzz/new/$$t; \
	  echo "== $$t ($(FUZZ_SECONDS)s)"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 build/fuzz/new/$$t tests/fuzz/corpus/$$t || exit 1; done

deps:
	@tests/deps.sh

# third-party headers stay behind their one wrapper module (STYLE B.1)
check-deps:
	@tests/check_deps.sh

# the binary, the bundled lexicons (found from the installed binary:
# PREFIX/share/lextab/lexicons) and a man page made from the --help texts
PREFIX  ?= /usr/local
DESTDIR ?=
install: $(BUILD)/$(PROG)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/lextab/lexicons \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/$(PROG) $(DESTDIR)$(PREFIX)/bin/$(PROG)
	install -m 644 lexicons/*.lex lexicons/*.md $(DESTDIR)$(PREFIX)/share/lextab/lexicons/
	build-aux/mkman.sh $(BUILD)/$(PROG) > $(DESTDIR)$(PREFIX)/share/man/man1/$(PROG).1
	@echo "installed $(DESTDIR)$(PREFIX)/bin/$(PROG) (man $(PROG); lexicons in $(PREFIX)/share/lextab/lexicons)"

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/$(PROG) $(DESTDIR)$(PREFIX)/share/man/man1/$(PROG).1
	rm -rf $(DESTDIR)$(PREFIX)/share/lextab

clean:
	rm -rf build

help:
	@echo 'make            build build/lextab'
	@echo 'make test       build and run every test (unit, golden, end-to-end, fuzz replay)'
	@echo 'make check      the tests under ASan+UBSan, then TSan, then valgrind'
	@echo 'make check-asan the tests under ASan+UBSan, OpenMP on'
	@echo 'make check-tsan the tests under ThreadSanitizer (clang, libomp, Archer)'
	@echo 'make valgrind-check  e2e and golden tests under valgrind (OPENMP=0)'
	@echo 'make demo       run lextab on the bundled corpus and lexicons'
	@echo 'make docs-screenshot  docs/img/report.png from the demo report (chromium)'
	@echo 'make bench      throughput and peak memory on a fixed corpus'
	@echo 'make bench-deps install the packages of the bench'"'"'s tidytext peer (apt-get)'
	@echo 'make fuzz       libFuzzer targets, FUZZ_SECONDS each (clang)'
	@echo 'make deps       install the Debian packages (apt-get) that are missing'
	@echo 'make check-deps third-party headers only in their wrapper modules'
	@echo 'make install    binary, lexicons and man page under PREFIX (default /usr/local)'
	@echo 'make clean      remove build/'

.PHONY: all test test-bins check check-asan check-tsan valgrind-check demo docs-screenshot bench bench-deps fuzz deps check-deps install uninstall clean help FORCE
.SECONDARY:
-include $(OBJS:.o=.d) $(BUILD)/main.d
