# Thin wrapper around CMake. `make demo` and `make test` are the whole setup.

BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
VALGRIND_BUILD ?= build-valgrind
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 6
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
BLOC       := $(BUILD)/bloc

# Debian packages bloc needs to build, test and render.
DEBS := gcc make cmake pkg-config libglib2.0-dev libglib2.0-dev-bin libjson-glib-dev \
        libigraph-dev libgraphviz-dev libxml2-dev fonts-dejavu-core locales \
        libxml2-utils python3 python3-networkx python3-igraph clang libclang-rt-14-dev
BENCH_DEBS := python3 python3-networkx python3-igraph time
VALGRIND_DEBS := valgrind

.PHONY: all deps build demo test test-plain test-asan test-fuzz-smoke fuzz-build fuzz \
        fuzz-findings valgrind bench clean

all: build

deps:
	@./scripts/install-deps $(DEBS)

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	./scripts/demo $(BLOC)

test: deps test-plain test-asan test-fuzz-smoke

test-plain: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DBLOC_SANITIZE=ON
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

# libFuzzer harnesses of tests/fuzz/, built with clang, ASan and UBSan (docs/fuzzing.md).
fuzz-build: deps
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug -DBLOC_FUZZ=ON
	cmake --build $(FUZZ_BUILD) --target fuzzers -j $(JOBS)

# Each harness for FUZZ_SECONDS, one after the other; fails on any crash, leak or timeout.
fuzz: fuzz-build
	./tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS)

# The regression inputs, then FUZZ_SMOKE_SECONDS of each harness from its seeds (about a minute
# in all).
test-fuzz-smoke: fuzz-build
	FUZZ_SEEDS_ONLY=1 ./tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SMOKE_SECONDS)

# The known findings of tests/fuzz/findings/, none tolerated: which are fixed.
fuzz-findings: fuzz-build
	FUZZ_FINDINGS=1 ./tests/fuzz/run $(FUZZ_BUILD) 0

# Every command under valgrind's memcheck (tests/run-valgrind, tests/valgrind.supp).
valgrind: deps
	@./scripts/install-deps $(VALGRIND_DEBS)
	cmake -S . -B $(VALGRIND_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(VALGRIND_BUILD) --target bloc -j $(JOBS)
	./tests/run-valgrind $(VALGRIND_BUILD)/bloc

bench: build
	@./scripts/install-deps $(BENCH_DEBS)
	cmake --build $(BUILD) --target bloc-bench -j $(JOBS)
	BLOC=$(BLOC) ./bench/run $(BUILD)/bloc-bench

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) $(VALGRIND_BUILD)
	find output -mindepth 1 ! -name .gitkeep -delete
