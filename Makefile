# Thin wrapper around CMake. `make demo` and `make test` are the whole setup.
# `make build` and `make install` need no root: `make deps` (apt-get) is a step of its own, which
# demo and test call first.

BUILD      ?= build
ASAN_BUILD ?= build-asan
DEB_BUILD  ?= build-deb
FUZZ_BUILD ?= build-fuzz
VALGRIND_BUILD ?= build-valgrind
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 10
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
BLOC       := $(BUILD)/bloc
PREFIX     ?= /usr/local

# Debian packages bloc needs to build, test and render.
DEBS := gcc make cmake pkg-config libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev \
        libigraph-dev libgraphviz-dev libxml2-dev libcairo2-dev libpango1.0-dev \
        fonts-dejavu-core fonts-noto-core locales \
        gettext libxml2-utils python3 python3-networkx python3-igraph \
        groff-base man-db dpkg-dev clang libclang-rt-14-dev
BENCH_DEBS := python3 python3-networkx python3-igraph time
VALGRIND_DEBS := valgrind
# The browser test of bloc report: Debian's Chromium, Node.js, and (in tests/browser, by npm ci
# from its lock file) playwright-core and axe-core. npm comes with Node.js from some sources;
# Debian's npm package is installed only when there is none.
BROWSER_DEBS := chromium nodejs fonts-noto-core
BROWSER_TEST := tests/browser

.PHONY: all deps browser-deps build install deb demo test test-plain test-asan test-full build-asan \
        test-fuzz-smoke fuzz-build fuzz fuzz-findings valgrind bench po clean

all: build

deps: browser-deps
	@./scripts/install-deps $(DEBS)

browser-deps:
	@./scripts/install-deps $(BROWSER_DEBS)
	@command -v npm >/dev/null 2>&1 || ./scripts/install-deps npm
	@cmp -s $(BROWSER_TEST)/package-lock.json $(BROWSER_TEST)/node_modules/.bloc-installed-lock || \
	    { (cd $(BROWSER_TEST) && npm ci --no-audit --no-fund) && \
	      cp $(BROWSER_TEST)/package-lock.json $(BROWSER_TEST)/node_modules/.bloc-installed-lock; }

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

# The program, the library, its headers and bloc.pc under PREFIX (docs/install.md).
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package, built for /usr: $(DEB_BUILD)/bloc_VERSION_ARCH.deb (docs/install.md).
deb:
	cmake -S . -B $(DEB_BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr
	cmake --build $(DEB_BUILD) -j $(JOBS)
	cd $(DEB_BUILD) && cpack -G DEB
	@ls $(DEB_BUILD)/bloc_*.deb

demo: deps build
	./scripts/demo $(BLOC)

# make test: everything in the release build, and under ASan+UBSan the unit tests (one render of
# each view, not every view in every format), the golden tests and the bad-input corpus, which
# runs there only. make test-full: everything in both builds. Tiers are ctest labels
# (tests/CMakeLists.txt, docs/testing.md). Both end with the fuzz smoke (docs/fuzzing.md).
test: deps test-plain test-asan test-fuzz-smoke

test-plain: deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE '^bad$$'

test-asan: deps build-asan
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS) -L '^(unit|golden|bad)$$' -LE '^full$$'

test-full: deps build build-asan
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) test-fuzz-smoke

build-asan:
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DBLOC_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)

# libFuzzer harnesses of tests/fuzz/, built with clang, ASan and UBSan (docs/fuzzing.md).
fuzz-build: deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DBLOC_FUZZ=ON
	cmake --build $(FUZZ_BUILD) --target fuzzers -j $(JOBS)

# Each harness for FUZZ_SECONDS, one after the other; fails on any crash, leak or timeout.
fuzz: fuzz-build
	./tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS)

# The regression inputs, then FUZZ_SMOKE_SECONDS of each harness from its seeds (a minute and a
# quarter in all).
test-fuzz-smoke: fuzz-build
	FUZZ_SEEDS_ONLY=1 ./tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SMOKE_SECONDS)

# The known findings of tests/fuzz/findings/, none tolerated: which are fixed.
fuzz-findings: fuzz-build
	FUZZ_FINDINGS=1 ./tests/fuzz/run $(FUZZ_BUILD) 0

# Every command under valgrind's memcheck (tests/run-valgrind, tests/valgrind.supp).
valgrind: deps
	@./scripts/install-deps $(VALGRIND_DEBS)
	cmake -S . -B $(VALGRIND_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(VALGRIND_BUILD) --target bloc bloc-catalogs -j $(JOBS)
	./tests/run-valgrind $(VALGRIND_BUILD)/bloc

bench: build
	@./scripts/install-deps $(BENCH_DEBS)
	cmake --build $(BUILD) --target bloc-bench -j $(JOBS)
	BLOC=$(BLOC) ./bench/run $(BUILD)/bloc-bench
	./bench/report $(BLOC)

# After marking or changing words in the sources: regenerate po/bloc.pot and merge it into
# every po/LANG.po (then translate what msgmerge marks new or fuzzy).
po:
	./scripts/update-po

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(DEB_BUILD) $(FUZZ_BUILD) $(VALGRIND_BUILD)
	find output -mindepth 1 ! -name .gitkeep -delete
