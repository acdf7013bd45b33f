# Thin wrapper around CMake. `make demo` and `make test` are the whole setup.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
BLOC       := $(BUILD)/bloc

# Debian packages bloc needs to build, test and render.
DEBS := gcc make cmake pkg-config libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev \
        libigraph-dev libgraphviz-dev libxml2-dev libcairo2-dev libpango1.0-dev \
        fonts-dejavu-core locales \
        libxml2-utils python3 python3-networkx python3-igraph
BENCH_DEBS := python3 python3-networkx python3-igraph time

.PHONY: all deps build demo test test-plain test-asan bench clean

all: build

deps:
	@./scripts/install-deps $(DEBS)

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

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
	find output -mindepth 1 ! -name .gitkeep -delete
