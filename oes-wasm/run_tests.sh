#!/usr/bin/env bash
# Builds and tests oes-wasm from a fresh clone; CI calls it (`make test-wasm`). Idempotent; runs from any directory.
#
#  1. installs what is missing: the wasm32-unknown-unknown Rust target; the wasm-bindgen CLI of exactly the version
#     of the wasm-bindgen crate in Cargo.lock (cargo install, ~7 CPU minutes, only when `wasm-bindgen --version`
#     differs); the npm tools pinned by package-lock.json (npm ci, only when the lock file changed); Debian's
#     chromium for the browser test (apt-get, only when /usr/bin/chromium is missing);
#  2. build.sh: the metrics module (a size-tuned release build for wasm32, wasm-bindgen --target web and --target
#     nodejs, wasm-opt -Oz, the size budget: fails over 520 KB) and the OES scorer module (`--features scorer`, tract,
#     built for speed), npm pack;
#  3. installs the packed tarball into node_modules, as a user would, and tests it:
#     - tests/*.test.mjs (node --test): every golden fixture of tests/fixtures/ (metrics, reports, errors, support)
#       with the subset/tolerance rule of oes-core/tests/golden.rs, every report also compared with
#       `oes report --format json` (the oes command is built for that; OES_WASM_SKIP_CLI=1 skips it), and the API;
#       the scorer on the committed model (models/, checked against checksums.sha256) against
#       tests/fixtures/oes/scores.json within 1e-3, with its speed;
#     - tests/usage.ts type-checked by tsc against the generated .d.ts files, then run;
#     - tests/browser.e2e.mjs: the demo in headless Chromium, its OES panel scored in the page, and the demo without
#       the model files (screenshots in build/screenshots/).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$here"
export PATH="$HOME/.cargo/bin:$PATH"
start=$SECONDS
step() { printf '\n=== %s (%d s)\n' "$*" $((SECONDS - start)); }
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null; then sudo "$@"
    else echo "error: root is needed for: $*" >&2; return 1
    fi
}

step "Rust target wasm32-unknown-unknown"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi

step "wasm-bindgen CLI"
# Resolves Cargo.lock if the oes-wasm dependencies are not in it yet.
cargo metadata --manifest-path "$root/Cargo.toml" --format-version 1 >/dev/null
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")
[ -n "$want" ] || { echo "error: Cargo.lock has no wasm-bindgen" >&2; exit 1; }
have=$( (wasm-bindgen --version 2>/dev/null || true) | awk '{ print $2 }')
if [ "$have" != "$want" ]; then
    echo "wasm-bindgen ${have:-missing}, need $want: cargo install wasm-bindgen-cli --version $want"
    # Not --locked: with it a locked dependency of the CLI is missing from the registry.
    cargo install wasm-bindgen-cli --version "$want"
fi
wasm-bindgen --version

step "npm tools (typescript, binaryen, playwright-core)"
stamp=node_modules/.oes-wasm-package-lock.sha256
sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$sum" ]; then
    npm ci --no-audit --no-fund
    echo "$sum" > "$stamp"
fi

step "Chromium"
if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    packages=(chromium fonts-liberation)
    if ! apt-cache show chromium >/dev/null 2>&1 || ! as_root apt-get install -y --no-install-recommends "${packages[@]}"; then
        as_root apt-get update
        as_root apt-get install -y --no-install-recommends "${packages[@]}"
    fi
fi
/usr/bin/chromium --version

step "build: release wasm, wasm-bindgen (web, nodejs), wasm-opt, size budget, npm pack"
bash build.sh

step "install the packed package into node_modules"
tarball=$(ls build/oes-wasm-*.tgz)
npm install --no-save --no-audit --no-fund "./$tarball"

if [ "${OES_WASM_SKIP_CLI:-}" != 1 ]; then
    step "the oes command (the report JSON to compare with)"
    cargo build --manifest-path "$root/Cargo.toml" -p oes-cli
    target_dir=$(cargo metadata --manifest-path "$root/Cargo.toml" --format-version 1 --no-deps |
        node -e 'let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).target_directory))')
    export OES_CLI="$target_dir/debug/oes"
fi

step "Node tests: golden fixtures and API (node --test)"
node --test tests/*.test.mjs

step "TypeScript: tsc -p tests (usage.ts against the generated .d.ts), then run it"
rm -rf build/ts
node_modules/.bin/tsc -p tests
node build/ts/usage.js

step "browser: the demo in headless Chromium"
node --test tests/browser.e2e.mjs
ls build/screenshots/*.png

step "all passed"
cat build/sizes.txt
