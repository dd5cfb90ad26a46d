#!/usr/bin/env bash
# End to end, the way a platform team meets the package: npm pack -> install the tarball into a temporary folder ->
# `cdktf-harness-idp init` -> npm install -> `cdktf synth` -> the starter's own `npm test`, plus the checks a
# published package needs (tarball contents, CJS and ESM consumers, TypeScript module resolutions).
#   npm run test:e2e        (needs HARNESS_PIPELINE_SCHEMA: a local server hands that file out in place of GitHub)
# Reuses the npm cache (--prefer-offline); prints the time of every step; fails loudly, with the step's output.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

schema="${HARNESS_PIPELINE_SCHEMA:-}"
if [ -z "$schema" ] || [ ! -f "$schema" ]; then
  echo "e2e: set HARNESS_PIPELINE_SCHEMA to the Harness pipeline schema (pipeline.json); a local server serves it to the starter's tests" >&2
  exit 1
fi
schema="$(cd "$(dirname "$schema")" && pwd)/$(basename "$schema")"
version="$(node -p "require('./package.json').version")"
work="$(mktemp -d "${TMPDIR:-/tmp}/cdktf-harness-idp-e2e.XXXXXX")"
tarball="$work/cdktf-harness-idp-$version.tgz"
mkdir -p "$work/logs" "$work/tool"
export CHECKPOINT_DISABLE=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
npm_install=(npm install --prefer-offline --no-audit --no-fund)
# The starter's tests call cdktf's Testing.app(), which makes a folder in the temporary folder for every app and never
# removes it: their temporary folder is one inside $work, removed with it.
mkdir -p "$work/tmp"
starter_tmp=(TMPDIR="$work/tmp" TMP="$work/tmp" TEMP="$work/tmp")

server_pid=""
ok=0
finish() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  if [ "$ok" = 1 ] && [ -z "${E2E_KEEP:-}" ]; then
    # Deleting two node_modules trees takes as long as installing them: done in the background.
    nohup rm -rf "$work" >/dev/null 2>&1 &
    echo "e2e: removing $work in the background (E2E_KEEP=1 keeps it)"
  else
    echo "e2e: kept $work for inspection" >&2
  fi
}
trap finish EXIT

timings=()
total_start=$(date +%s%N)
step() { # <name> <command...>: runs it with its output in a log; on failure prints the log and stops
  local name="$1" log="$work/logs/$((${#timings[@]} + 1)).log" start end
  shift
  start=$(date +%s%N)
  if ! "$@" >"$log" 2>&1; then
    echo "e2e: FAILED at step '$name'. Its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  end=$(date +%s%N)
  timings+=("$(awk -v ns="$((end - start))" -v name="$name" 'BEGIN { printf "%6.1f s  %s", ns / 1e9, name }')")
  echo "e2e: ok   ${timings[-1]}"
}

check_tarball() {
  local list
  list="$(tar tzf "$tarball")"
  for f in LICENSE CHANGELOG.md README.md package.json lib/src/index.js lib/src/index.d.ts lib/src/testing/index.js \
    lib/src/testing/jest-global-setup.js lib/src/cli/main.js lib/src/cli/commands/init.js lib/.gen/providers/harness/index.js \
    lib/.gen/providers/harness/platform-pipeline/index.d.ts templates/init/main.ts.tpl templates/init/gitignore.tpl; do
    grep -qx "package/$f" <<<"$list" || { echo "missing from the tarball: $f"; return 1; }
  done
  local unwanted
  unwanted="$(grep -E '^package/(src|test|\.gen|examples|scripts|docs|node_modules)/|\.tsbuildinfo$|^package/lib/(test|examples)/' <<<"$list" || true)"
  [ -z "$unwanted" ] || { echo "shipped but should not be:"; echo "$unwanted"; return 1; }
  echo "$(wc -l <<<"$list") files"
}

check_consumers() { # the installed package, without the optional peers (ajv, @types/jest)
  cd "$work/tool"
  test ! -e node_modules/ajv
  node -e "
    require('cdktf-harness-idp');
    const bad = Object.keys(require.cache).filter((f) => /cdktf-harness-idp\/lib\/src\/(testing|cli)\/|\/node_modules\/ajv\//.test(f));
    if (bad.length > 0) { console.error('the main entry loaded', bad); process.exit(1); }
    const t = require('cdktf-harness-idp/testing');
    if (typeof t.synthDocuments !== 'function' || typeof t.toBeValidHarnessPipeline !== 'undefined') process.exit(1);
    console.log('CJS: main entry without testing code or ajv; testing entry loads without ajv');"
  node --input-type=module -e "
    import { HarnessPlatformStack, StateBackend, Pipeline } from 'cdktf-harness-idp';
    import { synthDocuments, PINNED_HARNESS_SCHEMA } from 'cdktf-harness-idp/testing';
    import { PlatformPipeline } from 'cdktf-harness-idp/providers/harness/platform-pipeline';
    for (const x of [HarnessPlatformStack, StateBackend, Pipeline, synthDocuments, PlatformPipeline]) if (typeof x !== 'function') process.exit(1);
    console.log('ESM: named imports of ., ./testing and ./providers/harness/*; schema pin', PINNED_HARNESS_SCHEMA.commit);"
  local message
  message="$(HARNESS_PIPELINE_SCHEMA="$schema" node -e "require('cdktf-harness-idp/testing').validateHarnessPipeline('pipeline: {}')" 2>&1 || true)"
  grep -q "needs the package 'ajv' (an optional peer dependency of cdktf-harness-idp/testing)" <<<"$message" ||
    { echo "validation without ajv did not name the optional peer: $message"; return 1; }
  echo "without ajv, validation names the optional peer"
}

start_schema_server() {
  node "$root/scripts/schema-server.js" "$schema" >"$work/server.url" &
  server_pid=$!
  for _ in $(seq 50); do [ -s "$work/server.url" ] && break; sleep 0.1; done
  [ -s "$work/server.url" ]
}

starter_tests() { # the starter's own `npm test`: the globalSetup downloads the schema into the (empty) user cache
  # This is the user's first run on their own machine, which writes the snapshot they then commit: CI=true (set by CI
  # runners) would make jest refuse to write it. The next step re-runs with --ci and requires the snapshot stable.
  cd "$work/app"
  env -u HARNESS_PIPELINE_SCHEMA -u CI "${starter_tmp[@]}" XDG_CACHE_HOME="$work/cache" \
    HARNESS_SCHEMA_BASE_URL="$(cat "$work/server.url")" npm test
  local cached
  cached="$(env -u HARNESS_PIPELINE_SCHEMA XDG_CACHE_HOME="$work/cache" npx --no-install cdktf-harness-idp schema path)"
  [ "$cached" = "$work/cache/cdktf-harness-idp/harness-schema/$(node -p "require('cdktf-harness-idp/testing').PINNED_HARNESS_SCHEMA.commit")/pipeline.json" ]
  cmp "$cached" "$schema"
  test -f __snapshots__/main.test.ts.snap
}

synth() {
  cd "$work/app"
  npx --no-install cdktf synth
  node -e "
    const j = require('./cdktf.out/stacks/payments/cdk.tf.json');
    const path = j.terraform.backend.local.path;
    if (path !== '../../../terraform.payments.tfstate') { console.error('backend path', path); process.exit(1); }
    const types = Object.keys(j.resource).sort().join(',');
    if (types !== 'github_repository_file,harness_platform_idp_catalog_entity,harness_platform_pipeline') { console.error(types); process.exit(1); }"
}

typescript_resolutions() { # `cdktf-harness-idp`, `/testing` and `/providers/harness/*` under three module settings
  local dir="$work/app/consumers"
  mkdir -p "$dir"
  local body="import { HarnessPlatformStack, StateBackend } from 'cdktf-harness-idp';
import { synthDocuments, validateHarnessPipeline } from 'cdktf-harness-idp/testing';
import { PlatformPipeline } from 'cdktf-harness-idp/providers/harness/platform-pipeline';
export const used: unknown[] = [HarnessPlatformStack, StateBackend, synthDocuments, validateHarnessPipeline, PlatformPipeline];
export const stack: (a: HarnessPlatformStack) => string = (a) => a.orgId;"
  for f in commonjs.ts node16-cjs.cts node16-esm.mts bundler.ts; do printf '%s\n' "$body" >"$dir/$f"; done
  local base='"strict": true, "noEmit": true, "skipLibCheck": true, "types": ["node", "jest"]'
  echo "{ \"compilerOptions\": { \"module\": \"commonjs\", \"target\": \"ES2022\", $base }, \"files\": [\"commonjs.ts\"] }" >"$dir/tsconfig.commonjs.json"
  echo "{ \"compilerOptions\": { \"module\": \"node16\", \"target\": \"ES2022\", $base }, \"files\": [\"node16-cjs.cts\", \"node16-esm.mts\"] }" >"$dir/tsconfig.node16.json"
  echo "{ \"compilerOptions\": { \"module\": \"esnext\", \"moduleResolution\": \"bundler\", \"target\": \"ES2022\", $base }, \"files\": [\"bundler.ts\"] }" >"$dir/tsconfig.bundler.json"
  for mode in commonjs node16 bundler; do
    (cd "$work/app" && npx --no-install tsc -p "consumers/tsconfig.$mode.json") || { echo "TypeScript ($mode) failed"; return 1; }
    echo "TypeScript $mode: resolves"
  done
}

step "npm pack (prepare builds lib/)" npm pack --pack-destination "$work" --silent
step "tarball contents" check_tarball
step "install the tarball" bash -c "cd '$work/tool' && echo '{\"name\":\"tool\",\"private\":true}' >package.json && ${npm_install[*]} '$tarball'"
step "CJS and ESM consumers, main entry without testing code" check_consumers
step "cdktf-harness-idp init" "$work/tool/node_modules/.bin/cdktf-harness-idp" init "$work/app" --project payments \
  --gitops-repo platform-gitops --github-owner acme-platform --library "file:$tarball"
step "npm install (the starter)" bash -c "cd '$work/app' && ${npm_install[*]}"
step "cdktf synth (the starter)" synth
step "local schema server" start_schema_server
step "npm test (the starter; schema downloaded)" starter_tests
step "jest --ci (the starter; snapshots stable)" bash -c \
  "cd '$work/app' && env -u HARNESS_PIPELINE_SCHEMA TMPDIR='$work/tmp' TMP='$work/tmp' TEMP='$work/tmp' XDG_CACHE_HOME='$work/cache' npx --no-install jest --ci"
step "TypeScript: commonjs, node16 (CJS+ESM), bundler" typescript_resolutions

ok=1
total_end=$(date +%s%N)
echo "e2e: timings"
printf '  %s\n' "${timings[@]}"
awk -v ns="$((total_end - total_start))" 'BEGIN { printf "  %6.1f s  total\n", ns / 1e9 }'
echo "e2e: passed (npm pack -> install -> init -> cdktf synth -> the starter's tests)"
