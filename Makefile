# Thin wrapper around CMake. `make demo` and `make test` are the whole setup.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
BLOC       := $(BUILD)/bloc

# Debian packages bloc needs to build, test and render.
DEBS := gcc make cmake pkg-config libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev \
        libigraph-dev libgraphviz-dev libxml2-dev fonts-dejavu-core locales \
        libxml2-utils python3 python3-networkx python3-igraph
BENCH_DEBS := python3 python3-networkx python3-igraph time
# The browser test of bloc report: Debian's Chromium, Node.js, and (in tests/browser, by npm ci
# from its lock file) playwright-core and axe-core. npm comes with Node.js from some sources;
# Debian's npm package is installed only when there is none.
BROWSER_DEBS := chromium nodejs fonts-noto-core
BROWSER_TEST := tests/browser

.PHONY: all deps browser-deps build demo test test-plain test-asan bench clean

all: build

deps: browser-deps
	@./scripts/install-deps $(DEBS)

browser-deps:
	@./scripts/install-deps $(BROWSER_DEBS)
	@command -v npm >/dev/null 2>&1 || ./scripts/install-deps npm
	@cmp -s $(BROWSER_TEST)/package-lock.json $(BROWSER_TEST)/node_modules/.bloc-installed-lock || \
	    { (cd $(BROWSER_TEST) && npm ci --no-audit --no-fund) && \
	      cp $(BROWSER_TEST)/package-lock.json $(BROWSER_TEST)/node_modules/.bloc-installed-lock; }

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./scripts/demo $(BLOC)

test: deps test-plain test-asan

test-plain: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DBLOC_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@./scripts/install-deps $(BENCH_DEBS)
	cmake --build $(BUILD) --target bloc-bench -j $(JOBS)
	BLOC=$(BLOC) ./bench/run $(BUILD)/bloc-bench
	./bench/report $(BLOC)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
	find output -mindepth 1 ! -name .gitkeep -delete
