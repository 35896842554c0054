# IOP Check: make serve | make test | make build | make bench
# Each target sets up what it needs on a fresh machine.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
TOOLS := $(CURDIR)/.tools
WASM_TARGET := wasm32-unknown-unknown
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)
WASM_BINDGEN := $(TOOLS)/bin/wasm-bindgen
CHROMIUM ?= /usr/bin/chromium
CHROMEDRIVER ?= /usr/bin/chromedriver

SOURCES := $(shell find src js -type f) Cargo.toml Cargo.lock scripts/build.mjs scripts/short-imports.mjs scripts/wasm-opt.mjs

.PHONY: help setup wasm-target wasm-bindgen node-deps chromium build release serve test bench lint test-native test-browser test-e2e clean

help:
	@echo "make serve   build and serve at http://127.0.0.1:$(PORT)/www/index.html"
	@echo "make test    every test: fmt, clippy, native, browser (wasm-bindgen-test), end-to-end"
	@echo "make build   release bundle in pkg/"
	@echo "make bench   size and speed, against the static-HTML page"
	@echo "make release the npm package for CDNs in dist/npm/, packed beside it"

setup: wasm-target wasm-bindgen node-deps

wasm-target:
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)

# Committed, so builds use the versions tested; made only if missing
# (cargo itself updates it when Cargo.toml's dependencies change).
Cargo.lock:
	cargo generate-lockfile

# Built from crates.io into .tools/ and reused while the version matches.
wasm-bindgen: Cargo.lock
	@if [ "$$($(WASM_BINDGEN) --version 2>/dev/null | awk '{print $$2}')" != "$(WB_VERSION)" ]; then \
	  echo "Installing wasm-bindgen-cli $(WB_VERSION) into .tools/ (a few minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WB_VERSION) --root $(TOOLS) --force; \
	fi

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

node-deps: node_modules/.package-lock.json

# poppler-utils (pdftoppm, pdftotext): the planner test reads the printed handout.
chromium:
	@if [ ! -x $(CHROMIUM) ] || [ ! -x $(CHROMEDRIVER) ] || ! command -v pdftoppm >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver poppler-utils; \
	  else \
	    echo "Browser tests need Debian's chromium, chromium-driver and poppler-utils: sudo apt-get install chromium chromium-driver poppler-utils" >&2; \
	    exit 1; \
	  fi; \
	fi

pkg/manifest.json: $(SOURCES) | setup
	node scripts/build.mjs

build: setup pkg/manifest.json

# The package CDNs serve (see scripts/release.mjs); make test checks a dry
# run of it (tests/e2e/release.test.mjs).
release: build
	node scripts/release.mjs --pack

serve: build
	PORT=$(PORT) node scripts/serve.mjs

lint: wasm-target
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --test web -- -D warnings

test-native:
	cargo test

test-browser: setup chromium
	CHROMEDRIVER=$(CHROMEDRIVER) \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=$(TOOLS)/bin/wasm-bindgen-test-runner \
	cargo test --target $(WASM_TARGET) --test web

test-e2e: build chromium
	node --test --test-concurrency=1 tests/e2e/

test: setup chromium lint test-native test-browser test-e2e

bench: build chromium
	node tests/bench/bench.mjs

clean:
	rm -rf pkg target/bundle
