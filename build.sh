#!/usr/bin/env bash
# Waspada build. Installs what is missing, then:
#   ./build.sh           build dist/chrome, dist/firefox and their packages
#   ./build.sh demo      build, then show the extension warning on a demo feed in Chromium
#   ./build.sh test      build, then run every test tier (Rust, Wasm under Node, lint, browsers)
#   ./build.sh bench     criterion, Node and in-browser benchmarks (prints figures)
#   ./build.sh eval DIR  score the engine on the labelled sets in DIR (e.g. ../shared/data)
#   ./build.sh train DIR retrain the bundled model from DIR
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
export CARGO_TERM_PROGRESS_WHEN=never

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_rust() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local want have
  want=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (must match Cargo.lock)"
    # --locked fails on some registries (a pinned webpki-roots is missing); fall back to unlocked.
    cargo install wasm-bindgen-cli --version "=$want" --locked || cargo install wasm-bindgen-cli --version "=$want"
  fi
}

ensure_npm() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm dev tools from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_apt() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

build_wasm() {
  log "building the engine for wasm32"
  cargo build --release --target wasm32-unknown-unknown --lib
  local raw=target/wasm32-unknown-unknown/release/waspada.wasm pkg=target/pkg
  mkdir -p "$pkg"
  wasm-bindgen --target web --out-dir "$pkg/raw" "$raw"
  local sum
  sum=$(sha256sum "$pkg/raw/waspada_bg.wasm" | cut -d' ' -f1)
  if [ "$(cat "$pkg/.opt-input" 2>/dev/null)" != "$sum" ] || [ ! -f "$pkg/waspada_bg.wasm" ]; then
    log "optimising with wasm-opt (npm binaryen; Debian's breaks wasm-bindgen output)"
    node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue --strip-debug --strip-producers \
      "$pkg/raw/waspada_bg.wasm" -o "$pkg/waspada_bg.wasm"
    echo "$sum" > "$pkg/.opt-input"
  fi
  cp "$pkg/raw/waspada.js" "$pkg/waspada.js"
  # The term automata, compiled by the native engine from the same lexicons (the dev build `cargo
  # test` makes serves; the file is the same from any build).
  log "compiling the term automata"
  cargo run --quiet --bin waspada -- build-automata --out "$pkg/automata.bin"
  printf 'wasm sizes (bytes): cargo %s, wasm-bindgen %s, wasm-opt %s, gzip -9 %s\n' \
    "$(stat -c %s "$raw")" "$(stat -c %s "$pkg/raw/waspada_bg.wasm")" "$(stat -c %s "$pkg/waspada_bg.wasm")" \
    "$(gzip -9 -c "$pkg/waspada_bg.wasm" | wc -c)" >&2
}

zip_dir() { # zip_dir DIR OUT: the extension in DIR packed by web-ext into OUT
  node_modules/.bin/web-ext build --source-dir "$1" --artifacts-dir "$(dirname "$2")" \
    --filename "$(basename "$2")" --overwrite-dest >/dev/null
}

build_dist() {
  ensure_rust
  ensure_npm
  build_wasm
  log "assembling dist/chrome and dist/firefox"
  mkdir -p dist
  node extension/tools/assemble.mjs chrome target/pkg dist/chrome
  node extension/tools/assemble.mjs firefox target/pkg dist/firefox
  zip_dir dist/chrome dist/waspada-chrome.zip
  zip_dir dist/firefox dist/waspada-firefox.xpi
  log "built dist/chrome, dist/firefox, dist/waspada-chrome.zip, dist/waspada-firefox.xpi"
}

run_tests() {
  ensure_apt chromium firefox-esr openssl
  log "tier 1: Rust (unit, table, doc tests) and the CLI"
  cargo test --quiet
  build_dist
  log "tier 2: the built wasm under Node"
  node --test tests/node/
  log "tier 3: web-ext lint of the Firefox build"
  node_modules/.bin/web-ext lint --source-dir dist/firefox --self-hosted --warnings-as-errors=false --output text
  log "tier 4: Chromium with the extension on fixture pages under real host names"
  node --test --test-concurrency=1 tests/browser/
  log "tier 5: Firefox ESR with the Firefox build (WebDriver BiDi)"
  node --test --test-concurrency=1 tests/firefox/
  log "all test tiers passed"
}

case "${1:-dist}" in
  dist) build_dist ;;
  demo)
    ensure_apt chromium openssl
    build_dist
    node tests/browser/demo.mjs ;;
  test) run_tests ;;
  bench)
    ensure_apt chromium openssl
    build_dist
    cargo bench --bench scan
    cargo run --release --quiet --example memory
    node tests/node/bench.mjs
    # With a data folder: real posts, and the wasm engine against the obscenity word filter.
    if [ -n "${2:-}" ]; then node tests/node/bench_obscenity.mjs "$2"; fi
    node tests/browser/bench.mjs ${2:+"$2"}
    node tests/browser/bench_typing.mjs ;;
  eval)
    [ -n "${2:-}" ] || { echo "usage: ./build.sh eval DATA_DIR" >&2; exit 2; }
    cargo run --release --quiet --bin waspada -- eval --data "$2"
    cargo run --release --quiet --bin waspada -- eval --suites tests/suites
    cargo run --release --quiet --bin waspada -- eval --suites tests/blind_suites ;;
  train)
    # The corpora train every head; the suites' development templates then teach the hate head only.
    [ -n "${2:-}" ] || { echo "usage: ./build.sh train DATA_DIR" >&2; exit 2; }
    mkdir -p target
    cargo run --release --quiet --bin waspada -- train --data "$2" --keep 64000 --out target/base.model
    cargo run --release --quiet --bin waspada -- train --data "$2" --keep 64000 \
      --suites tests/suites --base-model target/base.model ;;
  *) echo "unknown command '$1' (expected: dist, demo, test, bench, eval DIR, train DIR)" >&2; exit 2 ;;
esac
