# planx — the two commands of the README, and a few more.
#   make run    build planx (release) and convert the bundled corpus into out/
#   make test   run the whole test suite (what CI runs)
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PLANX := .build/release/planx

.PHONY: run test deps build release bench clean

## Install what the build and the tests need, only when missing.
deps:
	@if ! pkg-config --exists libxml-2.0 2>/dev/null; then \
	  echo "installing libxml2-dev and pkg-config with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxml2-dev pkg-config; fi
	@if ! python3 -c "import jsonschema, pandas, lxml" 2>/dev/null; then \
	  echo "installing python3 jsonschema, pandas and lxml with pip"; python3 -m pip install -q jsonschema pandas lxml; fi

release: deps
	swift build -c release --product planx

run: release
	@mkdir -p out
	@for f in corpus/*.txt corpus/*.html; do \
	  [ -e "$$f" ] || continue; \
	  name=$$(basename "$${f%.*}"); \
	  $(PLANX) extract "$$f" -o "out/$$name.json" || exit 1; \
	  echo "$$f -> out/$$name.json"; \
	done
	@echo "JSON written to out/ (one file per corpus document)."

test: deps
	swift test

build: deps
	swift build

clean:
	rm -rf .build out

## Throughput and memory against wc, xmllint and pandoc (release mode; not part of the tests).
bench: release
	@command -v xmllint >/dev/null || $(SUDO) apt-get install -y -qq libxml2-utils
	@command -v pandoc >/dev/null || $(SUDO) apt-get install -y -qq pandoc
	@[ -x /usr/bin/time ] || $(SUDO) apt-get install -y -qq time
	@# SwiftPM keeps the build plan of the path dependency (..) and would miss newly added source files.
	rm -f Benchmarks/.build/release.yaml Benchmarks/.build/release/description.json
	cd Benchmarks && swift build -c release --product planx-bench
	Benchmarks/.build/release/planx-bench "$$(pwd)" $(if $(ONLY),--only $(ONLY))
