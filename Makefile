# The newcomer's entry points: `make run` and `make test`. Both install the Debian packages the
# build needs (see `make deps`), configure with CMake and build with Ninja.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
INTEGRA = $(BUILD)/integra
EXAMPLE = examples/dietzenbach

# Debian 12 packages the build, the tests and the tool itself need.
PACKAGES = g++ cmake ninja-build git iso-codes diffutils libyaml-cpp-dev libcli11-dev libfmt-dev \
           doctest-dev python3 python3-yaml python3-cram clang-format

.PHONY: all deps build run test sanitize crash-test format format-check examples clean

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing missing packages:" $$missing; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing Debian packages. Install them with:"; \
	    echo "  sudo apt-get install $$missing"; \
	    exit 1; \
	  fi; \
	fi

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(INTEGRA) --data $(EXAMPLE) status
	$(INTEGRA) --data $(EXAMPLE) check

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Kills integra at random moments during changes, ROUNDS times, and checks nothing was lost.
ROUNDS ?= 300
crash-test: build
	/usr/bin/python3 tests/crash/crash_test.py $(INTEGRA) $(EXAMPLE) --rounds $(ROUNDS)

# Every test again on a build with AddressSanitizer and UndefinedBehaviorSanitizer; any finding
# aborts the program, so the test that ran it fails. CI runs it after `make test`.
SANITIZE_BUILD = build-sanitize
SANITIZE_FLAGS = -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_FLAGS="$(SANITIZE_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)
	cd $(SANITIZE_BUILD) && ctest --output-on-failure -j $(JOBS)

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
	rm -rf $(BUILD) $(SANITIZE_BUILD)
