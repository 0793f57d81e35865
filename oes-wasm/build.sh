#!/usr/bin/env bash
# Builds the npm package of oes-wasm into oes-wasm/pkg/ and packs it into oes-wasm/build/oes-wasm-<version>.tgz:
#
#   pkg/package.json            from npm/package.json, with the crate's version
#   pkg/README.md               from README.md
#   pkg/metrics/web/            wasm-bindgen --target web     (ES module; `await init()` before use)
#   pkg/metrics/node/           wasm-bindgen --target nodejs  (CommonJS; ready on require/import; reads the web
#                               build's .wasm, the same bytes, so that the package holds each .wasm once)
#   pkg/scorer/{web,node}/      the OES model scorer: the same crate with `--features scorer` (the metrics API plus
#                               `Scorer`, over tract), a second module loaded separately, without the model files;
#                               built for speed (opt-level 3, WebAssembly SIMD), not passed through wasm-opt
#
# Needs cargo with the wasm32-unknown-unknown target, the wasm-bindgen CLI of the version in Cargo.lock, and
# node_modules (npm ci) for wasm-opt: `run_tests.sh` installs all of them and then calls this script.
# Fails when the metrics .wasm is over its size budget: OES_WASM_BUDGET bytes, default 520 KB = 520,000 bytes; and
# when the scorer .wasm is over OES_SCORER_BUDGET bytes, default 20 MB (it holds tract and the tokenizer; about 17 MB).
# Sizes go to build/sizes.txt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
budget="${OES_WASM_BUDGET:-520000}"
scorer_budget="${OES_SCORER_BUDGET:-20000000}"
profile=wasm-release
scorer_profile=wasm-scorer

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

# The scorer: its own profile (so that neither build invalidates the other's artifacts), tuned for speed rather than
# size since it runs a neural network (opt-level 3), with WebAssembly SIMD (tract's simd128 kernels; every current
# browser and Node.js since 16.4 have it).
echo "==> cargo build -p oes-wasm --features scorer --target wasm32-unknown-unknown --profile $scorer_profile"
cargo build --manifest-path "$root/Cargo.toml" -p oes-wasm --features scorer --target wasm32-unknown-unknown \
    --profile "$scorer_profile" \
    --config "profile.$scorer_profile.inherits=\"release\"" \
    --config "profile.$scorer_profile.opt-level=3" \
    --config "profile.$scorer_profile.lto=true" \
    --config "profile.$scorer_profile.codegen-units=1" \
    --config "profile.$scorer_profile.debug=0" \
    --config "profile.$scorer_profile.incremental=false" \
    --config 'target.wasm32-unknown-unknown.rustflags=["-C", "target-feature=+simd128"]'

metadata="$(cargo metadata --manifest-path "$root/Cargo.toml" --format-version 1 --no-deps)"
read -r target_dir version < <(node -e '
    const m = JSON.parse(process.argv[1]);
    const p = m.packages.find((p) => p.name === "oes-wasm");
    console.log(m.target_directory, p.version);' "$metadata")
wasm="$target_dir/wasm32-unknown-unknown/$profile/oes_wasm.wasm"
scorer_wasm="$target_dir/wasm32-unknown-unknown/$scorer_profile/oes_wasm.wasm"

# Nothing to do when the module, the tools and the package's files are those of the last build.
stamp="$here/build/pkg.stamp"
inputs="$( (sha256sum "$wasm" "$scorer_wasm" "$here/npm/package.json" "$here/README.md" "$here/build.sh"
    wasm-bindgen --version; "$here/node_modules/.bin/wasm-opt" --version; echo "$budget $scorer_budget") 2>&1 |
    sha256sum)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$inputs" ] && [ -f "$here/pkg/package.json" ] &&
    ls "$here/build/"oes-wasm-*.tgz >/dev/null 2>&1; then
    echo "==> pkg/ is up to date"
    cat "$here/build/sizes.txt"
    exit 0
fi
rm -f "$stamp"

out="$here/pkg.tmp"
rm -rf "$out"
mkdir -p "$out"
wasm_opt="$here/node_modules/.bin/wasm-opt"
[ -x "$wasm_opt" ] || { echo "error: $wasm_opt is missing: run npm ci in $here (run_tests.sh does)" >&2; exit 1; }
sizes=""

# optimise FILE WASM_OPT_FLAGS...: wasm-opt in place.
optimise() {
    local file="$1"
    shift
    echo "==> wasm-opt $* ${file#"$here/"}"
    "$wasm_opt" "$@" --strip-debug --strip-producers "$file" -o "$file.opt"
    mv "$file.opt" "$file"
}

# bindgen MODULE WASM BUDGET [WASM_OPT_FLAGS...]: wasm-bindgen for both targets into $out/MODULE/{web,node}/ (named
# oes_MODULE), wasm-opt (unless no flags are given), the size budget.
bindgen() {
    local module="$1" input="$2" limit="$3"
    shift 3
    local name="oes_$module" raw_size bindgen_size opt_size dir
    raw_size=$(stat -c %s "$input")
    for target in web nodejs; do
        dir="$out/$module/$([ "$target" = nodejs ] && echo node || echo web)"
        echo "==> wasm-bindgen --target $target -> ${dir#"$here/"}"
        wasm-bindgen --target "$target" --out-dir "$dir" --out-name "$name" \
            --remove-name-section --remove-producers-section "$input"
    done
    bindgen_size=$(stat -c %s "$out/$module/web/${name}_bg.wasm")
    # Both targets get the same .wasm (only the JS glue differs): optimise it once, unless they ever differ.
    if [ $# -gt 0 ] && cmp -s "$out/$module/web/${name}_bg.wasm" "$out/$module/node/${name}_bg.wasm"; then
        optimise "$out/$module/web/${name}_bg.wasm" "$@"
        cp "$out/$module/web/${name}_bg.wasm" "$out/$module/node/${name}_bg.wasm"
    elif [ $# -gt 0 ]; then
        optimise "$out/$module/web/${name}_bg.wasm" "$@"
        optimise "$out/$module/node/${name}_bg.wasm" "$@"
    fi
    local gzip_size shared=0 dirs=("$out/$module/web" "$out/$module/node")
    gzip_size=$(gzip -9 -c "$out/$module/web/${name}_bg.wasm" | wc -c)
    if cmp -s "$out/$module/web/${name}_bg.wasm" "$out/$module/node/${name}_bg.wasm"; then
        shared=1
        dirs=("$out/$module/web")
    fi
    for dir in "${dirs[@]}"; do
        opt_size=$(stat -c %s "$dir/${name}_bg.wasm")
        sizes="$sizes${dir#"$out/"}/${name}_bg.wasm: cargo $raw_size B, wasm-bindgen $bindgen_size B, "
        sizes="$sizes$([ $# -eq 0 ] && echo "no wasm-opt" || echo "wasm-opt") $opt_size B, gzip -9 $gzip_size B"$'\n'
        if [ "$opt_size" -gt "$limit" ]; then
            echo "error: ${dir#"$out/"}/${name}_bg.wasm is $opt_size bytes, over the budget of $limit" >&2
            exit 1
        fi
    done
    # The package ships the .wasm once: the node glue reads the web build's (the same bytes), which halves the
    # scorer's share of the tarball. wasm-bindgen's nodejs glue names its .wasm in one line; fail if that changes.
    if [ "$shared" = 1 ]; then
        local glue="$out/$module/node/${name}.js" line="const wasmPath = \`\${__dirname}/${name}_bg.wasm\`;"
        if ! grep -qxF "$line" "$glue"; then
            echo "error: ${glue#"$out/"} does not load its .wasm with: $line" >&2
            exit 1
        fi
        sed -i "s|^const wasmPath = \`\${__dirname}/${name}_bg.wasm\`;\$|const wasmPath = require('path').join(__dirname, '..', 'web', '${name}_bg.wasm');|" "$glue"
        grep -qF "'web', '${name}_bg.wasm'" "$glue" || { echo "error: could not point ${glue#"$out/"} at the web .wasm" >&2; exit 1; }
        rm "$out/$module/node/${name}_bg.wasm" "$out/$module/node/${name}_bg.wasm.d.ts"
        sizes="$sizes$module/node/${name}.js: reads $module/web/${name}_bg.wasm (the same bytes)"$'\n'
    fi
    # The node build is CommonJS and the web build an ES module, whatever a parent package.json says.
    echo '{"type": "commonjs"}' > "$out/$module/node/package.json"
    echo '{"type": "module"}' > "$out/$module/web/package.json"
}
bindgen metrics "$wasm" "$budget" -Oz
# Not wasm-opt for the scorer: on its 17 MB, -O3 took 10 minutes on 2 cores for 6 % fewer bytes, 0.1 % fewer once
# gzipped, and no measurable speed-up (cargo's opt-level 3 and LTO already did the work).
bindgen scorer "$scorer_wasm" "$scorer_budget"

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
echo "budget: metrics $budget B, scorer $scorer_budget B"
ls "$here/build/"oes-wasm-*.tgz
