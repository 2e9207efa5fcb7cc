# partner-matcher: `make demo` builds and serves the demo; `make test` runs every test.
# Both install what is missing (wasm32 target, wasm-bindgen CLI at the Cargo.lock version,
# npm tools, Debian's chromium, chromedriver and the fonts the browser tests render with) and
# skip what is already there. `make fuzz` runs the fuzz targets in fuzz/ (see fuzz/README.md).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PORT ?= 8080
WASM_TARGET := wasm32-unknown-unknown
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/[^0-9.]/, ""); print}' Cargo.lock)
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Features current Rust emits for wasm32 (wasm-opt must accept them), then size passes: Rust's
# data starts at 1 MB, so the low 1 KB of memory is unused and fresh memory is zeroed; a flow
# analysis (gufa) between two -Oz rounds takes 1.4 KB more gzip off the widget. Between the two
# rounds, tools/order-functions.mjs names the functions so that alike ones come side by side, and
# the second round puts them in that order and strips the names (3.3 KB gzip; docs/performance.md).
# Then, measured on the widget: dead arguments removed after gufa (--dae-optimizing) and the
# second round repeated while it shrinks (--converge), 333 B gzip less in all.
WASM_SETTINGS := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-reference-types --enable-multivalue --enable-mutable-globals \
	--low-memory-unused --zero-filled-memory
WASM_OPT_FLAGS := $(WASM_SETTINGS) -Oz --gufa --dae-optimizing --debuginfo
WASM_ORDER_FLAGS := $(WASM_SETTINGS) -Oz --converge --reorder-functions-by-name --strip-debug --strip-producers
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
WASM := target/$(WASM_TARGET)/release/partner_matcher.wasm

# Debian packages of the browser tests. The fonts are part of the test setup: the demo pages and
# the widget name fonts from these packages (or generic families resolved to them), so layout,
# wrapping and contrast checks give the same result on every machine.
BROWSER_PACKAGES := chromium chromium-driver fonts-dejavu-core fonts-liberation2

.PHONY: demo build test places tools browser-tools check-format lint test-native test-browser test-e2e size bench bench-short bench-native yew-floor dist fuzz fuzz-build fuzz-tools clean

demo: build
	cargo build --quiet --bin partner-matcher
	target/debug/partner-matcher preview www/catalogue.json --www www --port $(PORT)

# wasm-bindgen, wasm-opt and esbuild on the wasm just built ($(2), named $(3); by default the
# widget's), into folder $(1). With $(4) = short, the names the glue and the wasm share (imports
# with hashes, exports) become one or two letters in both (tools/short-wasm-names.mjs; 6.4 KB
# gzip): for the widget and its Yew floor, not for the npm package, whose users may use the
# exports of `init`.
define bind
	rm -rf $(1) && wasm-bindgen --target web --out-dir $(1) --out-name $(or $(3),partner_matcher) $(or $(2),$(WASM))
	wasm-opt $(WASM_OPT_FLAGS) $(if $(4),--minify-imports-and-exports-and-modules) \
		$(1)/$(or $(3),partner_matcher)_bg.wasm -o $(1)/$(or $(3),partner_matcher)_bg.wasm $(if $(4),> $(1)/names.json)
	node tools/order-functions.mjs $(1)/$(or $(3),partner_matcher)_bg.wasm $(1)/ordered.wasm
	wasm-opt $(WASM_ORDER_FLAGS) $(1)/ordered.wasm -o $(1)/$(or $(3),partner_matcher)_bg.wasm
	rm $(1)/ordered.wasm
	$(if $(4),node tools/short-wasm-names.mjs $(1)/$(or $(3),partner_matcher).js $(1)/names.json $(1)/$(or $(3),partner_matcher)_bg.wasm)
	esbuild $(1)/$(or $(3),partner_matcher).js --minify --format=esm --log-level=warning \
		--outfile=$(1)/$(or $(3),partner_matcher).js --allow-overwrite
endef

## The bundled loader's first line asks V8 (Chrome 136 and later) to compile all its functions
## as it downloads, on another thread, instead of each on the main thread at its first call: the
## glue's calls are nearly all made while the widget loads and at the first key (first card 30
## to 60 ms sooner from the wasm's arrival, the first key 10 to 20 ms, docs/performance.md "Twelfth
## pass"); other browsers read a comment. tools/dist.mjs writes the same line.
LOADER_BANNER := --banner:js='//\# allFunctionsCalledOnLoad'

## Release builds: pkg/, the npm package (mount and Matcher, with TypeScript types; the widget's
## stylesheet, places.txt and outlines.txt beside them, for `mount`), and the
## deployable widget in www/: the wasm built with mount only (www/pkg/), the loader bundled with
## its wasm-bindgen glue, and the stylesheet, its parts in assets/css/ joined and minified.
## places.txt (in both) is the lazily fetched table: data/places.txt and data/words.txt joined
## (docs/places.md). The widget's files get .gz and .br copies beside them (tools/compress.mjs),
## which `make demo` sends.
build: tools
	cargo build --lib --release --target $(WASM_TARGET)
	$(call bind,pkg)
	node tools/package-json.mjs > pkg/package.json
	cp README.md LICENSE-MIT LICENSE-APACHE pkg/ && cat data/places.txt data/words.txt > pkg/places.txt
	cargo build --lib --release --target $(WASM_TARGET) --no-default-features
	$(call bind,target/widget-pkg,,,short)
	rm -rf www/pkg && mkdir -p www/pkg
	cp target/widget-pkg/partner_matcher_bg.wasm www/pkg/
	cat data/places.txt data/words.txt > www/pkg/places.txt
	node tools/outlines.mjs www/pkg/outlines.txt
	esbuild assets/partner-matcher.js --bundle --minify --format=esm --log-level=warning $(LOADER_BANNER) \
		--outfile=www/partner-matcher.js
	esbuild assets/partner-matcher.css --bundle --minify --log-level=warning --outfile=www/partner-matcher.css
	node tools/compress.mjs www/pkg/partner_matcher_bg.wasm www/pkg/places.txt www/pkg/outlines.txt \
		www/partner-matcher.js www/partner-matcher.css
	cp www/partner-matcher.css www/pkg/outlines.txt pkg/

## data/places.txt, the place names table (docs/places.md), regenerated from its sources in a
## virtual environment with the pinned packages of tools/gazetteer/requirements.txt. The table is
## committed: no other target runs this.
PLACES_VENV := target/gazetteer-venv
places:
	@[ -x $(PLACES_VENV)/bin/python ] || python3 -m venv $(PLACES_VENV)
	$(PLACES_VENV)/bin/pip install --quiet --disable-pip-version-check -r tools/gazetteer/requirements.txt
	$(PLACES_VENV)/bin/python tools/gazetteer/generate.py

tools:
	@command -v npm >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends nodejs npm; }
	@rustup target list --installed | grep -qx $(WASM_TARGET) || rustup target add $(WASM_TARGET)
	@if [ "$$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$(WASM_BINDGEN_VERSION)" ]; then \
		echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
		cargo install --quiet wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; fi
	@[ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/esbuild ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund

browser-tools:
	@missing="$$(for p in $(BROWSER_PACKAGES); do \
		[ "$$(dpkg-query -W -f='$${db:Status-Abbrev}' $$p 2>/dev/null)" = "ii " ] || echo $$p; done)"; \
	if [ -n "$$missing" ]; then echo "installing" $$missing; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends $$missing; fi

test: tools browser-tools check-format lint test-native test-browser build test-e2e size bench-short

check-format:
	cargo fmt --check

lint:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	cargo clippy --lib --target $(WASM_TARGET) --no-default-features -- -D warnings

test-native:
	cargo test

# Yew components in headless Chromium (wasm-bindgen-test; webdriver.json adds Chromium's flags).
test-browser: browser-tools
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=$$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 \
		cargo test --target $(WASM_TARGET) --test browser

# The built www/ served by `partner-matcher preview`, driven by Playwright in Debian's Chromium.
test-e2e: browser-tools
	cargo build --quiet --bin partner-matcher
	OUTLINES_BUILT=1 cargo test --quiet --lib map::outline
	node --test tests/e2e/*.test.mjs

size:
	node tools/size.mjs

## dist/partner-matcher-VERSION/: the widget with content-hashed file names and snippet.html
## (tags with Subresource Integrity hashes and preload hints); README "Deploying".
dist: build
	node tools/dist.mjs

## Benchmarks (docs/performance.md). `make bench`: partner-matcher against Fuse.js, JSON.parse,
## a minimal Yew component and a plain page, in Node and in Chromium on a phone profile, in one
## run (tools/bench/run.mjs); writes the tables into docs/performance.md. `make bench-short`
## (part of `make test`): the same harness on small catalogues without throttling; it asserts
## the size budget and the relevance floor, never a time. `make bench-native`: criterion.
bench: build yew-floor browser-tools
	cargo build --quiet --bin partner-matcher
	node tools/bench/run.mjs

bench-short: build yew-floor browser-tools
	cargo build --quiet --bin partner-matcher
	node tools/bench/run.mjs --short

bench-native:
	cargo bench --bench matcher

# The framework's floor for the size comparison: a Yew counter with the widget's profile and tools.
YEW_FLOOR_WASM := target/yew-floor/$(WASM_TARGET)/release/yew_floor.wasm
yew-floor: tools
	CARGO_TARGET_DIR=target/yew-floor cargo build --quiet --release --target $(WASM_TARGET) \
		--manifest-path bench/yew-floor/Cargo.toml
	$(call bind,target/yew-floor/pkg,$(YEW_FLOOR_WASM),yew_floor,short)

## Fuzzing (fuzz/README.md): libFuzzer through cargo-fuzz on the stable toolchain (no sanitizer,
## so no nightly), each target for FUZZ_SECONDS, seeded from fuzz/corpus/<target>/; what it
## learns goes to target/fuzz/corpus/, crashing inputs to fuzz/artifacts/<target>/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= catalogue criteria url_state import_csv import_ewp
CARGO_FUZZ_VERSION := 0.13.2
FUZZ_FLAGS := --sanitizer none --target-dir target/fuzz
FUZZ_OPTIONS_catalogue := -dict=fuzz/dict/catalogue.dict -max_len=16384
FUZZ_OPTIONS_url_state := -max_len=4096
FUZZ_OPTIONS_criteria := -dict=fuzz/dict/criteria.dict -max_len=2048
FUZZ_OPTIONS_import_csv := -dict=fuzz/dict/csv.dict -max_len=8192
FUZZ_OPTIONS_import_ewp := -dict=fuzz/dict/ewp.dict -max_len=16384

fuzz-tools:
	@[ "$$(cargo fuzz --version 2>/dev/null | cut -d' ' -f2)" = "$(CARGO_FUZZ_VERSION)" ] || \
		cargo install --quiet --locked cargo-fuzz --version $(CARGO_FUZZ_VERSION) --force

fuzz-build: fuzz-tools
	cargo fuzz build $(FUZZ_FLAGS)

# The targets are run directly (not by `cargo fuzz run`, which prints a crashing input as a byte
# list): every target runs even when one fails, and the summary names those that did. A panic,
# or an input that takes more than 10 s (work is bounded on any input), is a failure.
FUZZ_BIN = target/fuzz/$(shell rustc -vV | sed -n 's/^host: //p')/release
fuzz: fuzz-build
	@failed=""; $(foreach t,$(FUZZ_TARGETS),\
		echo "== fuzz $(t) for $(FUZZ_SECONDS) s"; mkdir -p target/fuzz/corpus/$(t) fuzz/artifacts/$(t); \
		$(FUZZ_BIN)/$(t) target/fuzz/corpus/$(t) fuzz/corpus/$(t) -artifact_prefix=fuzz/artifacts/$(t)/ \
			-max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 $(FUZZ_OPTIONS_$(t)) \
			2>&1 | grep -v '^WARNING: Failed to find function' || failed="$$failed $(t)";) \
	if [ -n "$$failed" ]; then echo "fuzz: failures in$$failed (inputs in fuzz/artifacts/)"; exit 1; fi

clean:
	cargo clean
	rm -rf pkg www/pkg node_modules
