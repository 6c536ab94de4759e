# The newcomer's entry points: `make run` and `make test`. Both install the Debian packages the
# build needs (see `make deps`), configure with CMake and build with Ninja.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
# Warnings as errors: off for users and packagers (another compiler or Debian's flags may warn
# where ours does not); CI turns it on with WERROR=ON.
WERROR ?= OFF
JOBS ?= $(shell nproc)
INTEGRA = $(BUILD)/integra
EXAMPLE = examples/dietzenbach

# Debian 12 packages the build, the tests and the tool itself need. man-db renders the manual
# page in its test; file is what CPack's DEB generator asks which files are programs.
PACKAGES = g++ cmake ninja-build git iso-codes diffutils libyaml-cpp-dev libcli11-dev libfmt-dev \
           doctest-dev nlohmann-json3-dev python3 python3-yaml python3-cram clang-format dpkg-dev \
           git-filter-repo chromium poppler-utils fonts-dejavu-core man-db file

.PHONY: all deps build package run goldens test sanitize fuzz fuzz-check crash-test \
        concurrency-test bench release-check format format-check examples clean

all: build

# Installs the packages $(1) that are missing, when run as root; otherwise runs $(2), which
# sees them in $$missing (says what to install, and exits 1 where they are required).
define install_missing
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing missing packages:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    $(2); \
	  fi; \
	fi
endef

deps:
	$(call install_missing,$(PACKAGES),echo "Missing Debian packages. Install them with:"; \
	  echo "  sudo apt-get install $$missing"; exit 1)

# Configured every time (a second or two, no rebuild when nothing changed), so that WERROR and
# BUILD_TYPE given on the command line always reach the build.
build: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DINTEGRA_WERROR=$(WERROR) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

# The Debian packages of the build (CPack, dist/CMakeLists.txt): $(BUILD)/integra_VERSION_ARCH.deb
# and $(BUILD)/integra-examples_VERSION_all.deb, for `sudo apt install ./$(BUILD)/integra_*.deb`.
package: build
	cd $(BUILD) && cpack

# Ends with the main job: last year's annual integration report of the example data, public
# (small counts hidden), as an HTML page to open in a browser or print, and as Markdown.
REPORTS = $(BUILD)/reports
LAST_YEAR = $(shell echo $$(( $$(date +%Y) - 1 )))

run: build
	$(INTEGRA) --data $(EXAMPLE) status
	$(INTEGRA) --data $(EXAMPLE) check
	$(INTEGRA) --data $(EXAMPLE) -q report annual --year $(LAST_YEAR) --format html \
	  -o $(REPORTS)/integrationsbericht-$(LAST_YEAR).html
	$(INTEGRA) --data $(EXAMPLE) -q report annual --year $(LAST_YEAR) --format md \
	  -o $(REPORTS)/integrationsbericht-$(LAST_YEAR).md
	@echo
	@echo "The annual report $(LAST_YEAR) of $(EXAMPLE):"
	@echo "  $(abspath $(REPORTS))/integrationsbericht-$(LAST_YEAR).html   (open it in a browser; print to A4)"
	@echo "  $(abspath $(REPORTS))/integrationsbericht-$(LAST_YEAR).md"

# Refreshes the golden reports of tests/golden/annual-2025 after an intended change to a
# report; review `git diff tests/golden` before committing.
goldens: build
	rm -rf tests/golden/annual-2025
	sh tests/golden/make-goldens.sh $(INTEGRA) $(EXAMPLE) tests/golden/annual-2025

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Kills integra at random moments during changes, ROUNDS times, and checks nothing was lost.
ROUNDS ?= 300
crash-test: build
	/usr/bin/python3 tests/crash/crash_test.py $(INTEGRA) $(EXAMPLE) --rounds $(ROUNDS)

# WORKERS integra processes making CHANGES changes each to one data directory at once; every
# change must land, as one commit, with unique IDs.
WORKERS ?= 4
CHANGES ?= 100
concurrency-test: build
	/usr/bin/python3 tests/concurrency/concurrency_test.py $(INTEGRA) $(EXAMPLE) \
	  --workers $(WORKERS) --changes $(CHANGES)

# integra at district scale beside the tools a user would pick instead (issue 11, SPEC §8): a
# Release build, data directories of SIZES records generated once and cached in
# $INTEGRA_BENCH_DATA (else ~/.cache/integra-bench), the median of RUNS runs of each command,
# one Markdown table on stdout and in build-bench/bench.md. It reports; a missed target is no
# failure. GENERATOR=PATH runs another generator than tests/bench/generate.
BENCH_BUILD = build-bench
SIZES ?= 1000,10000,100000
RUNS ?= 5
# The peers compared with when installed, and GNU time for the commands' own peak memory.
BENCH_PACKAGES = recutils hledger time

bench: deps
	$(call install_missing,$(BENCH_PACKAGES),echo "Not installed and so left out of the \
	  benchmark: $$missing (sudo apt-get install $$missing)")
	cmake -S . -B $(BENCH_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DINTEGRA_WERROR=$(WERROR) >/dev/null
	cmake --build $(BENCH_BUILD) -j $(JOBS) --target integra
	/usr/bin/python3 tests/bench/bench.py --integra $(BENCH_BUILD)/integra --sizes $(SIZES) \
	  --runs $(RUNS) --out $(BENCH_BUILD)/bench.md $(if $(GENERATOR),--generator $(GENERATOR))

# Every test again on a build with AddressSanitizer and UndefinedBehaviorSanitizer; any finding
# aborts the program, so the test that ran it fails. CI runs it after `make test`.
SANITIZE_BUILD = build-sanitize
SANITIZE_FLAGS = -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DINTEGRA_WERROR=$(WERROR) \
	  -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ctest --output-on-failure -j $(JOBS)

# The fuzz targets of tests/fuzz/ (docs/HARDENING.md), built with clang's libFuzzer,
# AddressSanitizer and UBSan in $(FUZZ_BUILD), each run for FUZZ_SECONDS on its seeds and a work
# corpus kept in $(FUZZ_BUILD)/fuzz/NAME/ (FUZZ_TARGETS="record set" runs only those). A crash,
# a broken property, a leak, an input taking over 10 s or 2 GB fails it; the input is kept there.
# `make fuzz-check` is CI's short run. clang and libFuzzer are installed here, when missing,
# rather than with PACKAGES: nothing else needs them.
FUZZ_BUILD = build-fuzz
FUZZ_SECONDS ?= 300
FUZZ_CHECK_SECONDS ?= 15
FUZZ_TARGETS ?=
FUZZ_PACKAGES = clang libclang-rt-14-dev

fuzz: deps
	$(call install_missing,$(FUZZ_PACKAGES),echo "Missing Debian packages for fuzzing. Install \
	  them with:"; echo "  sudo apt-get install $$missing"; exit 1)
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DINTEGRA_FUZZ=ON \
	  -DINTEGRA_WERROR=$(WERROR) >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS)
	sh tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-check:
	$(MAKE) fuzz FUZZ_SECONDS=$(FUZZ_CHECK_SECONDS)

# What a Debian package build does: Release (-O3) with the flags of dpkg-buildflags
# (_FORTIFY_SOURCE, -fstack-protector-strong, -Wformat-security, relro), here with warnings as
# errors so that CI sees what those flags and GCC's optimiser report; then every test, the
# installation into a temporary prefix included. The flags are set in the environment of a fresh
# configure, which is where CMake reads CXXFLAGS, CPPFLAGS and LDFLAGS.
RELEASE_BUILD = build-release

release-check: deps
	rm -rf $(RELEASE_BUILD)
	CXXFLAGS="$$(dpkg-buildflags --get CXXFLAGS) $$(dpkg-buildflags --get CPPFLAGS)" \
	  LDFLAGS="$$(dpkg-buildflags --get LDFLAGS)" \
	  cmake -S . -B $(RELEASE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DINTEGRA_WERROR=ON
	cmake --build $(RELEASE_BUILD) -j $(JOBS)
	cd $(RELEASE_BUILD) && ctest --output-on-failure -j $(JOBS)

# Regenerates the example data directory from its deterministic generator.
examples: build
	/usr/bin/python3 examples/generate.py $(EXAMPLE)
	$(INTEGRA) --data $(EXAMPLE) --no-commit fmt --write >/dev/null || true
	$(INTEGRA) --data $(EXAMPLE) check

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

format-check: deps
	clang-format --dry-run --Werror $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD) $(RELEASE_BUILD) $(BENCH_BUILD) $(FUZZ_BUILD)
