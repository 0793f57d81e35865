#!/usr/bin/env bash
# Builds the npm package of oes-wasm into oes-wasm/pkg/ and packs it into oes-wasm/build/oes-wasm-<version>.tgz:
#
#   pkg/package.json            from npm/package.json, with the crate's version
#   pkg/README.md               from README.md
#   pkg/metrics/web/            wasm-bindgen --target web     (ES module; `await init()` before use)
#   pkg/metrics/node/           wasm-bindgen --target nodejs  (CommonJS; ready on require/import)
#
# The OES model scorer will be a second module, pkg/scorer/{web,node}/, built the same way and loaded separately.
#
# Needs cargo with the wasm32-unknown-unknown target, the wasm-bindgen CLI of the version in Cargo.lock, and
# node_modules (npm ci) for wasm-opt: `run_tests.sh` installs all of them and then calls this script.
# Fails when a .wasm is over the size budget: OES_WASM_BUDGET bytes, default 500 KB = 500,000 bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
budget="${OES_WASM_BUDGET:-500000}"
profile=wasm-release

# A release build tuned for size, as its own profile (declared here so that the workspace's release profile, which
# the native crates use, stays as it is): opt-level "z" + LTO + one codegen unit, no debug info.
# Not `strip = true`: wasm-bindgen needs the `target_features` section; it and wasm-opt strip the rest.
echo "==> cargo build -p oes-wasm --target wasm32-unknown-unknown --profile $profile"
cargo build --manifest-path "$root/Cargo.toml" -p oes-wasm --target wasm32-unknown-unknown --profile "$profile" \
    --config "profile.$profile.inherits=\"release\"" \
    --config "profile.$profile.opt-level=\"z\"" \
    --config "profile.$profile.lto=true" \
    --config "profile.$profile.codegen-units=1" \
    --config "profile.$profile.debug=0" \
    --config "profile.$profile.incremental=false"

metadata="$(cargo metadata --manifest-path "$root/Cargo.toml" --format-version 1 --no-deps)"
read -r target_dir version < <(node -e '
    const m = JSON.parse(process.argv[1]);
    const p = m.packages.find((p) => p.name === "oes-wasm");
    console.log(m.target_directory, p.version);' "$metadata")
wasm="$target_dir/wasm32-unknown-unknown/$profile/oes_wasm.wasm"
raw_size=$(stat -c %s "$wasm")

# Nothing to do when the module, the tools and the package's files are those of the last build.
stamp="$here/build/pkg.stamp"
inputs="$( (sha256sum "$wasm" "$here/npm/package.json" "$here/README.md" "$here/build.sh"
    wasm-bindgen --version; "$here/node_modules/.bin/wasm-opt" --version; echo "$budget") 2>&1 | sha256sum)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$inputs" ] && [ -f "$here/pkg/package.json" ] &&
    ls "$here/build/"oes-wasm-*.tgz >/dev/null 2>&1; then
    echo "==> pkg/ is up to date"
    cat "$here/build/sizes.txt"
    exit 0
fi
rm -f "$stamp"

out="$here/pkg.tmp"
rm -rf "$out"
mkdir -p "$out/metrics"
wasm_opt="$here/node_modules/.bin/wasm-opt"
[ -x "$wasm_opt" ] || { echo "error: $wasm_opt is missing: run npm ci in $here (run_tests.sh does)" >&2; exit 1; }

for target in web nodejs; do
    dir="$out/metrics/$([ "$target" = nodejs ] && echo node || echo web)"
    echo "==> wasm-bindgen --target $target -> ${dir#"$here/"}"
    wasm-bindgen --target "$target" --out-dir "$dir" --out-name oes_metrics \
        --remove-name-section --remove-producers-section "$wasm"
done
bindgen_size=$(stat -c %s "$out/metrics/web/oes_metrics_bg.wasm")
# Both targets get the same .wasm (only the JS glue differs): optimise it once, unless they ever differ.
optimise() {
    echo "==> wasm-opt -Oz ${1#"$here/"}"
    "$wasm_opt" -Oz --strip-debug --strip-producers "$1" -o "$1.opt"
    mv "$1.opt" "$1"
}
if cmp -s "$out/metrics/web/oes_metrics_bg.wasm" "$out/metrics/node/oes_metrics_bg.wasm"; then
    optimise "$out/metrics/web/oes_metrics_bg.wasm"
    cp "$out/metrics/web/oes_metrics_bg.wasm" "$out/metrics/node/oes_metrics_bg.wasm"
else
    optimise "$out/metrics/web/oes_metrics_bg.wasm"
    optimise "$out/metrics/node/oes_metrics_bg.wasm"
fi
sizes=""
for dir in "$out/metrics/web" "$out/metrics/node"; do
    opt_size=$(stat -c %s "$dir/oes_metrics_bg.wasm")
    sizes="$sizes${dir#"$out/"}/oes_metrics_bg.wasm: cargo $raw_size B, wasm-bindgen $bindgen_size B, wasm-opt $opt_size B"$'\n'
    if [ "$opt_size" -gt "$budget" ]; then
        echo "error: ${dir#"$out/"}/oes_metrics_bg.wasm is $opt_size bytes, over the budget of $budget" >&2
        exit 1
    fi
done
# The node build is CommonJS and the web build an ES module, whatever a parent package.json says.
echo '{"type": "commonjs"}' > "$out/metrics/node/package.json"
echo '{"type": "module"}' > "$out/metrics/web/package.json"
node -e '
    const fs = require("fs");
    const [template, dest, version] = process.argv.slice(1);
    const p = JSON.parse(fs.readFileSync(template, "utf8"));
    p.version = version;
    fs.writeFileSync(dest, JSON.stringify(p, null, 2) + "\n");' "$here/npm/package.json" "$out/package.json" "$version"
cp "$here/README.md" "$out/README.md"
rm -rf "$here/pkg"
mv "$out" "$here/pkg"

mkdir -p "$here/build"
rm -f "$here/build/"oes-wasm-*.tgz
echo "==> npm pack -> build/"
(cd "$here/pkg" && npm pack --silent --pack-destination "$here/build" >/dev/null)
printf '%s' "$sizes" | tee "$here/build/sizes.txt"
echo "$inputs" > "$stamp"
echo "budget: $budget B per module"
ls "$here/build/"oes-wasm-*.tgz
